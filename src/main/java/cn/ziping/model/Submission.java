package cn.ziping.model;

import java.util.Comparator;
import java.util.List;

/**
 * Everything read from one workbook: the summary (null in a single-project workbook or a set of
 * forms), the project forms in sheet order, what the reader could not read (R findings), the
 * names of all sheets in workbook order, and the forms left blank (the template as given: no
 * name, no amount, no indicator), which are not checked.
 */
public record Submission(String fileName, Summary summary, List<ProjectForm> forms,
                         List<Finding> readFindings, List<String> sheets, List<ProjectForm> blankForms) {

    public Submission(String fileName, Summary summary, List<ProjectForm> forms, List<Finding> readFindings) {
        this(fileName, summary, forms, readFindings, List.of(), List.of());
    }

    public Submission(String fileName, Summary summary, List<ProjectForm> forms, List<Finding> readFindings,
                      List<String> sheets) {
        this(fileName, summary, forms, readFindings, sheets, List.of());
    }

    /** Findings in the order a reader meets them: sheet by sheet as the workbook has them, then row, column. */
    public Comparator<Finding> order() {
        return Comparator.<Finding>comparingInt(f -> {
            int i = sheets.indexOf(f.cell().sheet());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Finding.ORDER);
    }

    /**
     * The blank form a summary row names (its 自评表 is the sheet, or, with no 自评表, its 项目名称 is
     * the sheet's name: a blank form has no name of its own), or null.
     */
    public ProjectForm blankFormOf(SummaryRow row) {
        String ref = row.sheetRef() == null ? "" : squeeze(row.sheetRef().value());
        String name = row.name() == null ? "" : squeeze(row.name().value());
        for (ProjectForm f : blankForms) {
            String sheet = squeeze(f.sheet());
            if (!ref.isEmpty() ? ref.equals(sheet) : !name.isEmpty() && name.equals(sheet)) return f;
        }
        return null;
    }

    private static String squeeze(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            if (!Character.isWhitespace(ch) && ch != '\u3000') b.append(ch);
        }
        return b.toString();
    }
}
