package cn.ziping.cli;

/** The exit codes of cli.md; with several files the highest wins. */
final class ExitCodes {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int UNREADABLE = 3;
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
