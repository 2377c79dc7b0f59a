package cn.ziping.cli;

/** The exit codes of docs/cli.md; with several files the highest wins. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int INTERNAL = 4;
    /** Read and checked, findings printed, but the annotated copy could not be written. */
    static final int NOT_WRITTEN = 5;

    /** The table at the foot of every command's help. */
    static final String[] TABLE = {
        "",
        "退出码：",
        "  0  全部读取，没有错误类问题",
        "  1  全部读取，有错误类问题",
        "  2  参数错误（选项或参数写错）",
        "  3  有文件无法作为工作簿打开（找不到、不是 Excel、已损坏、已加密、过大），",
        "     或文件夹中没有工作簿",
        "  4  内部错误（程序缺陷；详情记录在临时文件夹的 ziping-error.log）",
        "  5  已校验并列出问题，但标注副本未能写出",
        "     （权限不足、磁盘已满、文件被其他程序占用）",
        "  多个文件时取其中最大的退出码。",
    };

    private ExitCodes() {
    }
}
