package cn.ziping.write;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How many lines a wrapped text takes in a column, so that rows can be given their height: not
 * every viewer grows a row for wrapped text (LibreOffice and previewers print what the file says).
 * Widths are in Excel's character units (the width of a digit); a Chinese character or full-width
 * sign takes about two at the same size, and a little is kept for padding and line-break rules
 * (a closing bracket may not start a line, so it takes its neighbour along).
 */
final class TextFit {

    /** Points per line of 11-point text with a CJK font, as LibreOffice and Excel lay it out. */
    static final float LINE_POINTS = 15f;

    private TextFit() {
    }

    /** The display width of {@code s} in character units. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? 2.1 : 1.05;
        }
        return w;
    }

    /** Lines that {@code text} takes when wrapped in a column (or merged columns) {@code chars} wide. */
    static int lines(String text, double chars) {
        if (text == null || text.isEmpty()) return 1;
        double usable = Math.max(4, chars - 1.2) * 0.97;
        int n = 0;
        for (String part : text.split("\n", -1)) n += Math.max(1, (int) Math.ceil(width(part) / usable));
        return n;
    }

    /** The height in points of a row whose tallest cell has {@code lines} lines, never below {@code min}. */
    static float height(int lines, float min) {
        return Math.max(min, lines * LINE_POINTS + 4);
    }

    /**
     * Grows every row of {@code sh} (never shrinks it) to the lines its wrapped texts take: a
     * cell merged across columns wraps in their summed width; a cell merged down several rows is
     * left alone (its rows share the height).
     */
    static void fitRows(Sheet sh) {
        List<CellRangeAddress> merged = sh.getMergedRegions();
        for (Row row : sh) {
            int lines = 1;
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) continue;
                double chars = chars(sh.getColumnWidth(cell.getColumnIndex()));
                boolean skip = false;
                for (CellRangeAddress m : merged) {
                    if (!m.isInRange(cell)) continue;
                    if (m.getFirstRow() != m.getLastRow() || m.getFirstColumn() != cell.getColumnIndex()) skip = true;
                    chars = 0;
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) chars += chars(sh.getColumnWidth(c));
                    break;
                }
                if (!skip) lines = Math.max(lines, lines(cell.getStringCellValue(), chars));
            }
            float need = height(lines, 0);
            if (lines > 1 && need > row.getHeightInPoints()) row.setHeightInPoints(need);
        }
    }

    /** Column width in character units from POI's 1/256 units. */
    static double chars(int poiWidth) {
        return poiWidth / 256.0;
    }

    private static boolean wide(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D || cp == 0x2026)
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS;
    }
}
