package cn.ziping.gui;

/** Where one file of a run stands, with the Chinese word its row shows. */
public enum FileStatus {
    WAITING("等待"),
    RUNNING("正在检查"),
    PASSED("通过"),
    ERRORS("有错误"),
    WARNINGS("有警告"),
    UNREADABLE("无法读取"),
    NO_WORKBOOK("无工作簿"),
    NOT_WRITTEN("未写出"),
    FAILED("程序出错"),
    CANCELLED("已取消"),
    REPORT_UNUSED("报告未用");

    private final String label;

    FileStatus(String label) {
        this.label = label;
    }

    /** The Chinese word shown in the file list. */
    public String label() {
        return label;
    }

    /** Whether the file is done with (its row will not change again in this run). */
    public boolean finished() {
        return this != WAITING && this != RUNNING;
    }
}
