package cn.ziping.gui;

import java.util.List;

/**
 * An immutable picture of a run, handed to the view after every change: the rows, how many files
 * are done of how many, the file being checked now, and the phase.
 */
public record RunState(List<FileRow> rows, int done, int total, String current, Phase phase) {

    /** Where the run as a whole stands. */
    public enum Phase { IDLE, LISTING, RUNNING, CANCELLING, FINISHED, CANCELLED }

    static final RunState IDLE = new RunState(List.of(), 0, 0, null, Phase.IDLE);

    /** True while work is going on (the inputs are locked and 取消 is offered). */
    public boolean busy() {
        return phase == Phase.LISTING || phase == Phase.RUNNING || phase == Phase.CANCELLING;
    }

    /** The progress line: "正在检查第 n / N 个文件：NAME", or how the run ended. */
    public String progressText() {
        return switch (phase) {
            case IDLE -> "把工作簿拖到上面，或点“选择文件…”";
            case LISTING -> "正在查找工作簿…";
            case RUNNING -> "正在检查第 " + Math.min(done + 1, total) + " / " + total + " 个文件：" + (current == null ? "" : current);
            case CANCELLING -> "正在取消：等待当前文件“" + (current == null ? "" : current) + "”完成…";
            case CANCELLED -> "已取消：完成 " + done + " / " + total + " 个文件，其余未检查";
            case FINISHED -> total == 0 ? "没有找到 .xlsx、.xlsm 或 .xls 工作簿" : "已完成：共 " + total + " 个文件";
        };
    }
}
