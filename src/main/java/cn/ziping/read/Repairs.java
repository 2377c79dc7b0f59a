package cn.ziping.read;

import cn.ziping.model.Messages;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTMergeCells;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheets;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * Repairs, right after opening, the damage that would make POI throw later in reading or writing
 * (found by PackageFuzzTest): a merge range POI cannot parse ({@code H13:I5} reversed, {@code A1:B})
 * is put in order where it can be, else dropped, and the user is told (R003), so that the reader,
 * the annotator and the saved copy all see the same valid merges.
 */
final class Repairs {

    /** No form merges more cells than this; a larger merge is damage. */
    static final int MAX_MERGED_CELLS = 10_000;

    private Repairs() {
    }

    /** Every repair, in the order they depend on each other; what the user must be told. */
    static List<ReadNote> all(Workbook wb) {
        List<ReadNote> notes = new ArrayList<>();
        if (wb instanceof XSSFWorkbook x) {
            notes.addAll(sheetEntries(x));
            styleIds(x);
            cellStyles(x);
        }
        notes.addAll(mergeRanges(wb));
        return notes;
    }

    /**
     * A sheet listed in workbook.xml without its part (no or a wrong r:id) is skipped by POI when
     * reading, but kept in the list it writes back, and saving then fails: drop it from the list.
     * A sheet without a name gets one.
     */
    private static List<ReadNote> sheetEntries(XSSFWorkbook wb) {
        List<ReadNote> notes = new ArrayList<>();
        Set<String> loaded = new HashSet<>();
        for (Sheet s : wb) loaded.add(wb.getRelationId((XSSFSheet) s));
        CTSheets sheets = wb.getCTWorkbook().getSheets();
        for (int i = sheets.sizeOfSheetArray() - 1; i >= 0 && sheets.sizeOfSheetArray() > loaded.size(); i--) {
            CTSheet entry = sheets.getSheetArray(i);
            if (entry.getId() == null || !loaded.contains(entry.getId())) {
                String name = entry.getName() == null ? "" : entry.getName();
                sheets.removeSheet(i);
                notes.add(new ReadNote(null, Messages.text("R003.missingSheet", name)));
            }
        }
        long maxId = 0;
        for (CTSheet entry : sheets.getSheetArray()) {
            if (!bad(entry::getSheetId)) maxId = Math.max(maxId, entry.getSheetId());
        }
        for (CTSheet entry : sheets.getSheetArray()) {
            // sheetId="NaN": POI reads it again when a sheet is added (our 校验结果)
            if (bad(entry::getSheetId) || entry.getSheetId() <= 0) entry.setSheetId(++maxId);
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            if (name != null && !name.isBlank()) continue;
            String fixed = "Sheet" + (i + 1);
            for (int n = 2; wb.getSheet(fixed) != null; n++) fixed = "Sheet" + (i + 1) + "_" + n;
            wb.getCTWorkbook().getSheets().getSheetArray(i).setName(fixed);
            notes.add(new ReadNote(fixed, Messages.text("R003.unnamedSheet", i + 1, fixed)));
        }
        return notes;
    }

    /** A cell format naming a font, fill or border that styles.xml does not have uses the first one. */
    private static void styleIds(XSSFWorkbook wb) {
        StylesTable st = wb.getStylesSource();
        if (st.getFonts().isEmpty()) wb.createFont();
        int fonts = st.getFonts().size();
        int fills = st.getFills().size();
        int borders = st.getBorders().size();
        List<CTXf> xfs = new ArrayList<>();
        var css = st.getCTStylesheet();
        if (css.isSetCellXfs()) xfs.addAll(List.of(css.getCellXfs().getXfArray()));
        if (css.isSetCellStyleXfs()) xfs.addAll(List.of(css.getCellStyleXfs().getXfArray()));
        for (CTXf xf : xfs) {
            if (xf == null) continue;
            // an attribute whose value is not a number (fontId="abc") throws on every later read
            if (bad(xf::getNumFmtId)) xf.unsetNumFmtId();
            if (bad(xf::getFontId)) xf.unsetFontId();
            if (bad(xf::getFillId)) xf.unsetFillId();
            if (bad(xf::getBorderId)) xf.unsetBorderId();
            if (bad(xf::getXfId)) xf.unsetXfId();
            if (bad(xf::getApplyNumberFormat)) xf.unsetApplyNumberFormat();
            if (bad(xf::getApplyFont)) xf.unsetApplyFont();
            if (bad(xf::getApplyFill)) xf.unsetApplyFill();
            if (bad(xf::getApplyBorder)) xf.unsetApplyBorder();
            if (bad(xf::getApplyAlignment)) xf.unsetApplyAlignment();
            if (bad(xf::getApplyProtection)) xf.unsetApplyProtection();
            if (bad(xf::getQuotePrefix)) xf.unsetQuotePrefix();
            if (bad(xf::getPivotButton)) xf.unsetPivotButton();
            if (xf.isSetFontId() && xf.getFontId() >= fonts) xf.setFontId(0);
            if (xf.isSetFillId() && (xf.getFillId() >= fills || fills == 0)) xf.unsetFillId();
            if (xf.isSetBorderId() && (xf.getBorderId() >= borders || borders == 0)) xf.unsetBorderId();
        }
    }

    /**
     * A cell whose style number is no number or names no format ({@code s="NaN"}, {@code
     * s="2147483648"}) loses it: POI reads every cell's style when it saves, so one such cell
     * anywhere would make the copy impossible to write. One pass over the cells (~5,000 in the
     * example).
     */
    private static void cellStyles(XSSFWorkbook wb) {
        int styles = wb.getNumCellStyles();
        for (Sheet sheet : wb) {
            for (var row : sheet) {
                for (var cell : row) {
                    var ct = ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell();
                    if (ct.isSetS() && (bad(ct::getS) || ct.getS() < 0 || ct.getS() >= styles)) ct.unsetS();
                }
            }
        }
    }

    /**
     * Resets what POI cannot interpret in one cell: a style number that is no number or names no
     * format ({@code s="1.5"}, {@code s="2147483648"}), and a type that is none ({@code t="x"}).
     * True when only the style was wrong, so the content may be read again.
     */
    static boolean cell(org.apache.poi.ss.usermodel.Cell cell) {
        if (!(cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x)) return false;
        var ct = x.getCTCell();
        if (ct.isSetT() && bad(ct::getT)) {
            ct.unsetT();
            if (bad(cell::getCellStyle)) ct.unsetS();
            return false;
        }
        if (ct.isSetS() && (bad(cell::getCellStyle) || cell.getCellStyle() == null)) {
            ct.unsetS();
            return true;
        }
        return false;
    }

    private static boolean bad(java.util.function.Supplier<?> getter) {
        try {
            getter.get();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    static List<ReadNote> mergeRanges(Workbook wb) {
        List<ReadNote> notes = new ArrayList<>();
        for (Sheet sheet : wb) {
            if (!(sheet instanceof XSSFSheet x) || !x.getCTWorksheet().isSetMergeCells()) continue;
            CTMergeCells merges = x.getCTWorksheet().getMergeCells();
            for (int i = merges.sizeOfMergeCellArray() - 1; i >= 0; i--) {
                String ref = merges.getMergeCellArray(i).getRef();
                if (valid(ref) && cells(CellRangeAddress.valueOf(ref)) > MAX_MERGED_CELLS) {
                    // A1:XFD1048576: the annotator would walk 17 billion cells
                    merges.removeMergeCell(i);
                    notes.add(new ReadNote(sheet.getSheetName(), Messages.text("R003.hugeMerge", sheet.getSheetName(), ref)));
                    continue;
                }
                if (valid(ref)) continue;
                String fixed = inOrder(ref);
                if (fixed != null) {
                    merges.getMergeCellArray(i).setRef(fixed);
                    notes.add(new ReadNote(sheet.getSheetName(), Messages.text("R003.reversedMerge", sheet.getSheetName(), ref, fixed)));
                } else {
                    merges.removeMergeCell(i);
                    notes.add(new ReadNote(sheet.getSheetName(), Messages.text("R003.invalidMerge", sheet.getSheetName(), ref == null ? "" : ref)));
                }
            }
            if (merges.sizeOfMergeCellArray() == 0) x.getCTWorksheet().unsetMergeCells();
        }
        return notes;
    }

    private static long cells(CellRangeAddress r) {
        return (r.getLastRow() - (long) r.getFirstRow() + 1) * (r.getLastColumn() - (long) r.getFirstColumn() + 1);
    }

    private static boolean valid(String ref) {
        try {
            CellRangeAddress.valueOf(ref);
            return ref.indexOf(':') > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code H13:I5} → {@code H5:I13}; null when the two ends are not cells. */
    private static String inOrder(String ref) {
        try {
            String[] ends = ref.split(":");
            if (ends.length != 2) return null;
            CellReference a = new CellReference(ends[0]);
            CellReference b = new CellReference(ends[1]);
            if (a.getRow() < 0 || b.getRow() < 0 || a.getCol() < 0 || b.getCol() < 0) return null;
            CellRangeAddress r = new CellRangeAddress(Math.min(a.getRow(), b.getRow()), Math.max(a.getRow(), b.getRow()),
                    Math.min(a.getCol(), b.getCol()), Math.max(a.getCol(), b.getCol()));
            return r.formatAsString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
