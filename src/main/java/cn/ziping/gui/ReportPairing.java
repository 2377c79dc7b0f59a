package cn.ziping.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which narrative report (绩效自评报告) goes with which workbook in one run of the window. A report
 * belongs to one department's workbook, so it is never applied to several: it pairs with the
 * workbook of the same base name (自评表.xlsx with 自评表.docx, any folder, any case); when the run
 * has exactly one workbook and one report, they pair whatever their names. A report that pairs
 * with nothing is listed as unused rather than guessed at.
 */
final class ReportPairing {

    /** The reports and workbooks of a run, paired. */
    record Pairs(Map<Path, Path> reportOf, List<Path> unused) {
        /** The report to check against {@code workbook}, or null. */
        Path of(Path workbook) {
            return reportOf.get(workbook);
        }
    }

    private ReportPairing() {
    }

    /**
     * Is this file name a report rather than a workbook? The old Word/WPS formats count too, so
     * that the reader can say in Chinese why it cannot read them.
     */
    static boolean isReportName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".docx") || n.endsWith(".txt") || n.endsWith(".pdf") || n.endsWith(".doc") || n.endsWith(".wps");
    }

    static Pairs pair(List<Path> workbooks, List<Path> reports) {
        Map<Path, Path> reportOf = new LinkedHashMap<>();
        List<Path> left = new ArrayList<>(reports);
        for (Path book : workbooks) {
            for (Path report : left) {
                if (base(book).equals(base(report))) {
                    reportOf.put(book, report);
                    left.remove(report);
                    break;
                }
            }
        }
        if (workbooks.size() == 1 && reports.size() == 1 && reportOf.isEmpty()) {
            reportOf.put(workbooks.get(0), reports.get(0));
            left.clear();
        }
        return new Pairs(reportOf, List.copyOf(left));
    }

    private static String base(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }
}
