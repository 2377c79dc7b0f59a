package cn.ziping.gui;

import cn.ziping.app.Evaluation;
import cn.ziping.model.Severity;
import java.nio.file.Path;

/**
 * One file of a run as the window lists it: its status, the one-sentence reason shown beside it,
 * and the evaluation once there is one (null while waiting, when unreadable, on a bug or cancel).
 */
public record FileRow(Path file, FileStatus status, String reason, Evaluation evaluation) {

    static FileRow waiting(Path file) {
        return new FileRow(file, FileStatus.WAITING, "", null);
    }

    static FileRow emptyFolder(Path folder) {
        return new FileRow(folder, FileStatus.NO_WORKBOOK, "这个文件夹（含子文件夹）中没有 .xlsx、.xlsm 或 .xls 工作簿", null);
    }

    static FileRow unusedReport(Path report, boolean noWorkbook) {
        return new FileRow(report, FileStatus.REPORT_UNUSED, noWorkbook
                ? "只有报告、没有工作簿：请连同工作簿一起拖入或选择"
                : "没有与之同名的工作簿，未用于对照：请让报告与工作簿同名（如 自评表.xlsx 与 自评表.docx），或一次只校验一个工作簿", null);
    }

    /** The same row, saying which report the workbook was checked against (an unreadable report says so itself). */
    FileRow withReport(Path report) {
        if (status == FileStatus.UNREADABLE || status == FileStatus.FAILED || status == FileStatus.NOT_WRITTEN) return this;
        return new FileRow(file, status, reason + "；已对照报告“" + report.getFileName() + "”", evaluation);
    }

    FileRow running() {
        return new FileRow(file, FileStatus.RUNNING, "", null);
    }

    FileRow cancelled() {
        return new FileRow(file, FileStatus.CANCELLED, "已取消，未检查，也未写出任何文件", null);
    }

    /** The row for a finished evaluation: unreadable, or passed / errors / warnings with the counts. */
    static FileRow of(Path file, Evaluation e) {
        if (e.error() != null) return new FileRow(file, FileStatus.UNREADABLE, e.error(), e);
        long errors = e.count(Severity.ERROR);
        long warnings = e.count(Severity.WARNING);
        long infos = e.count(Severity.INFO);
        FileStatus status = errors > 0 ? FileStatus.ERRORS : warnings > 0 ? FileStatus.WARNINGS : FileStatus.PASSED;
        String counts = "错误 " + errors + "，警告 " + warnings + "，提示 " + infos;
        String reason = switch (status) {
            case ERRORS -> "发现 " + errors + " 个错误类问题（" + counts + "）" + written(e);
            case WARNINGS -> "没有错误，有 " + warnings + " 个警告（" + counts + "）" + written(e);
            default -> "没有错误或警告（" + counts + "）" + written(e);
        };
        return new FileRow(file, status, reason, e);
    }

    private static String written(Evaluation e) {
        if (e.writeError() != null) return "；" + e.writeError();
        return e.output() == null ? "" : "；已写出标注后的副本";
    }

    /** The file name shown in the list. */
    public String name() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
