package cn.ziping.model;

/**
 * A cell on a named sheet, 0-based row and column, printed as {@code 汇总表!C7}.
 */
public record CellRef(String sheet, int row, int col) implements Comparable<CellRef> {

    /**
     * The pseudo-sheet of the narrative report: a finding about the report (N001) points at
     * {@code 报告!P12}, paragraph 12, so that it still "points at a cell" everywhere.
     */
    public static final String REPORT = "报告";

    /** Paragraph {@code n} (1-based) of the narrative report: prints as {@code 报告!P<n>}. */
    public static CellRef paragraph(int n) {
        return new CellRef(REPORT, n - 1, 15);
    }

    /** True for a place in the narrative report rather than in the workbook. */
    public boolean inReport() {
        return REPORT.equals(sheet) && col == 15;
    }

    public static String column(int col) {
        StringBuilder b = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            b.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return b.toString();
    }

    /** The A1 address without the sheet, e.g. {@code C7}. */
    public String a1() {
        return column(col) + (row + 1);
    }

    public CellRef at(int newRow, int newCol) {
        return new CellRef(sheet, newRow, newCol);
    }

    @Override
    public int compareTo(CellRef o) {
        int c = sheet.compareTo(o.sheet);
        if (c != 0) return c;
        c = Integer.compare(row, o.row);
        return c != 0 ? c : Integer.compare(col, o.col);
    }

    @Override
    public String toString() {
        return sheet + "!" + a1();
    }
}
