package cn.ziping.model;

/** How serious a finding is; the order is most serious first. */
public enum Severity {
    ERROR("error", "错误"),
    WARNING("warning", "警告"),
    INFO("info", "提示");

    private final String id;
    private final String label;

    Severity(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The JSON name: error, warning, info. */
    public String id() {
        return id;
    }

    /** The Chinese word shown to users. */
    public String label() {
        return label;
    }
}
