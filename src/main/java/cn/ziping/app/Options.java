package cn.ziping.app;

import java.nio.file.Path;

/**
 * How to evaluate: the scoring profile's name, whether to write corrections (--fix), and the
 * department's narrative report to check against the workbook (--report, N001), or null.
 */
public record Options(String profile, boolean fix, Path report) {

    public static final Options DEFAULT = new Options("national", false);

    public Options(String profile, boolean fix) {
        this(profile, fix, null);
    }

    /** The same options with a narrative report to check. */
    public Options withReport(Path report) {
        return new Options(profile, fix, report);
    }
}
