package cn.ziping.read;

import cn.ziping.model.CellRef;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet's cells as values, read once: strings, numbers (BigDecimal), formula errors; formulas
 * give their cached value, or are evaluated when the file has none. Merged regions are known up
 * front so that a label and its value are never confused with one wide cell.
 */
final class SheetGrid {

    /** One cell's content. {@code number} is set for numbers; {@code error} for #REF! etc. */
    record Raw(String text, BigDecimal number, String error, boolean percent) {
        static final Raw BLANK = new Raw("", null, null, false);

        boolean isBlank() {
            return number == null && error == null && (text == null || text.isBlank());
        }
    }

    static final int MAX_ROWS = 20_000;
    static final int MAX_COLS = 64;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    final String name;
    final int rows;
    final int cols;
    private final Raw[][] cells;
    /** Each cell's normalised text, computed on first use: label searches scan whole sheets many times. */
    private final String[][] norms;
    /** Per style index: is it a date format, does it show a percent? Decided once, not per cell. */
    private final Map<Short, boolean[]> formats = new HashMap<>();
    private final Map<Long, CellRangeAddress> merged = new HashMap<>();
    /** Cells whose stored content could not be interpreted at all: read as blank. */
    final java.util.List<CellRef> damaged = new java.util.ArrayList<>();

    SheetGrid(Sheet sheet, Formulas evaluator) {
        this.name = sheet.getSheetName();
        int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int maxCol = 0;
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getLastCellNum() > maxCol) maxCol = row.getLastCellNum();
        }
        this.rows = last + 1;
        this.cols = Math.min(maxCol, MAX_COLS);
        this.cells = new Raw[rows][cols];
        this.norms = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            for (int c = 0; c < cols; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                try {
                    cells[r][c] = cell == null ? Raw.BLANK : read(cell, evaluator, formats);
                } catch (RuntimeException damagedXml) {
                    // a cell whose type, style or value POI cannot interpret (t="", s="1.5"): its
                    // style is reset so the annotator can mark it; a bad type or value reads as
                    // blank and is reported (R002), rather than failing the whole workbook
                    cells[r][c] = Raw.BLANK;
                    if (Repairs.cell(cell)) {
                        try {
                            cells[r][c] = read(cell, evaluator, formats);
                            continue;
                        } catch (RuntimeException stillDamaged) {
                            // reported below
                        }
                    }
                    damaged.add(ref(r, c));
                }
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows - 1); r++) {
                for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), cols - 1); c++) {
                    merged.put(key(r, c), region);
                }
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 16) | c;
    }

    /** {date format, percent format} of the cell's style, looked up once per style index. */
    private static boolean[] format(Cell cell, Map<Short, boolean[]> formats) {
        CellStyle style = cell.getCellStyle();
        if (style == null) return new boolean[2];
        return formats.computeIfAbsent(style.getIndex(), i -> {
            String f = style.getDataFormatString();
            // as DateUtil.isCellDateFormatted decides it, less the value test done per cell
            return new boolean[] {DateUtil.isADateFormat(style.getDataFormat(), f), f != null && f.contains("%")};
        });
    }

    private static Raw read(Cell cell, Formulas evaluator, Map<Short, boolean[]> formats) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (!Formulas.hasCachedValue(cell)) return evaluate(cell, evaluator);
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return new Raw(cell.getRichStringCellValue().getString(), null, null, false);
            case NUMERIC:
                double d = cell.getNumericCellValue();
                boolean[] format = format(cell, formats);
                if (format[0] && DateUtil.isValidExcelDate(d)) {
                    return new Raw(cell.getLocalDateTimeCellValue().toLocalDate().format(DATE), null, null, false);
                }
                return new Raw(null, Numbers.fromDouble(d), null, format[1]);
            case BOOLEAN:
                return new Raw(cell.getBooleanCellValue() ? "是" : "否", null, null, false);
            case ERROR:
                return new Raw(null, null, errorText(cell.getErrorCellValue()), false);
            default:
                return Raw.BLANK;
        }
    }

    private static Raw evaluate(Cell cell, Formulas evaluator) {
        StringBuilder why = new StringBuilder();
        CellValue v = evaluator.evaluate(cell, why);
        if (v == null) return why.isEmpty() ? Raw.BLANK : new Raw(null, null, why.toString(), false);
        return switch (v.getCellType()) {
            case NUMERIC -> new Raw(null, Numbers.fromDouble(v.getNumberValue()), null,
                    cell.getCellStyle().getDataFormatString().contains("%"));
            case STRING -> new Raw(v.getStringValue(), null, null, false);
            case BOOLEAN -> new Raw(v.getBooleanValue() ? "是" : "否", null, null, false);
            case ERROR -> new Raw(null, null, errorText(v.getErrorValue()), false);
            default -> Raw.BLANK;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    Raw raw(int r, int c) {
        if (r < 0 || c < 0 || r >= rows || c >= cols) return Raw.BLANK;
        return cells[r][c];
    }

    /** The cell's text: strings as typed, numbers plain, errors as #REF!. */
    String text(int r, int c) {
        Raw x = raw(r, c);
        if (x.error != null) return x.error;
        if (x.number != null) {
            return x.percent ? Numbers.plain(x.number.movePointRight(2)) + "%" : Numbers.plain(x.number);
        }
        return x.text == null ? "" : x.text.strip();
    }

    String norm(int r, int c) {
        Raw x = raw(r, c);
        if (x.text == null) return "";
        if (x == Raw.BLANK) return "";
        String n = norms[r][c];
        if (n == null) norms[r][c] = n = Labels.norm(x.text);
        return n;
    }

    String header(int r, int c) {
        Raw x = raw(r, c);
        return x.text == null ? "" : Labels.header(norm(r, c));
    }

    CellRef ref(int r, int c) {
        return new CellRef(name, r, c);
    }

    CellRangeAddress region(int r, int c) {
        return merged.get(key(r, c));
    }

    /** The top-left cell of the merged region holding (r, c), as {row, col}. */
    int[] topLeft(int r, int c) {
        CellRangeAddress m = region(r, c);
        return m == null ? new int[] {r, c} : new int[] {m.getFirstRow(), m.getFirstColumn()};
    }

    /** The last column of the merged region holding (r, c), or c. */
    int lastCol(int r, int c) {
        CellRangeAddress m = region(r, c);
        return m == null ? c : m.getLastColumn();
    }

    /**
     * The column of the value of a label at (r, c) (form.md §3): the first non-empty cell to its
     * right in the same row, merged cells counting once; where all are empty, the first cell after
     * the label. -1 when the label is at the right edge.
     */
    int valueCol(int r, int c) {
        int start = lastCol(r, c) + 1;
        for (int x = start; x < cols; x++) {
            if (topLeft(r, x)[1] == x && !raw(r, x).isBlank()) return x;
        }
        return start < cols ? start : -1;
    }

    /** The first cell, in reading order from {@code fromRow}, whose normalised text satisfies {@code p}. */
    int[] find(int fromRow, int toRow, java.util.function.Predicate<String> p) {
        for (int r = Math.max(0, fromRow); r < Math.min(rows, toRow); r++) {
            for (int c = 0; c < cols; c++) {
                String n = norm(r, c);
                if (!n.isEmpty() && p.test(n)) return new int[] {r, c};
            }
        }
        return null;
    }

    boolean rowBlank(int r) {
        for (int c = 0; c < cols; c++) {
            if (!raw(r, c).isBlank()) return false;
        }
        return true;
    }
}
