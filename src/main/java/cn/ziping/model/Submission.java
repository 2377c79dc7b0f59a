package cn.ziping.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything read from one workbook: the summary (null in a single-project workbook or a set of
 * forms), the project forms in sheet order, what the reader could not read (R findings), and the
 * names of all sheets in workbook order.
 */
public record Submission(String fileName, Summary summary, List<ProjectForm> forms,
                         List<Finding> readFindings, List<String> sheets) {

    public Submission(String fileName, Summary summary, List<ProjectForm> forms, List<Finding> readFindings) {
        this(fileName, summary, forms, readFindings, List.of());
    }

    /** Findings in the order a reader meets them: sheet by sheet as the workbook has them, then row, column. */
    public Comparator<Finding> order() {
        return Comparator.<Finding>comparingInt(f -> {
            int i = sheets.indexOf(f.cell().sheet());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Finding.ORDER);
    }
}
