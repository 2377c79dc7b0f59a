package cn.ziping.app;

/** How to evaluate: the scoring profile's name and whether to write corrections (--fix). */
public record Options(String profile, boolean fix) {

    public static final Options DEFAULT = new Options("national", false);
}
