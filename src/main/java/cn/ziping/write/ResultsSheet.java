package cn.ziping.write;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.read.WorkbookReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellUtil;

/**
 * The 校验结果 sheet: counts by severity, then one row per finding (严重程度, 代码, 位置 as a link
 * to the cell, 说明, 应为), in workbook order of sheet, then row. Replaced on every run; its styles
 * are found-or-created by properties, so re-runs add none.
 */
final class ResultsSheet {

    static final String[] HEADER = {"序号", "严重程度", "代码", "位置", "说明", "应为"};

    private ResultsSheet() {
    }

    static void write(Workbook wb, List<Finding> findings) {
        int old = wb.getSheetIndex(WorkbookReader.RESULTS_SHEET);
        if (old >= 0) wb.removeSheetAt(old);
        Sheet sh = wb.createSheet(WorkbookReader.RESULTS_SHEET);
        int[] widths = {6, 10, 8, 34, 80, 16};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        Font bold = boldFont(wb);
        Cell title = cell(sh, 0, 0, "ziping 校验结果（共 " + findings.size() + " 条）");
        CellUtil.setCellStylePropertiesEnum(title, Map.of(CellPropertyType.FONT, bold.getIndex()));
        int r = 1;
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            cell(sh, r, 0, s.label());
            Cell count = sh.getRow(r).createCell(1);
            count.setCellValue(n);
            r++;
        }
        int header = r + 1;
        for (int c = 0; c < HEADER.length; c++) {
            Cell h = cell(sh, header, c, HEADER[c]);
            CellUtil.setCellStylePropertiesEnum(h, Map.of(CellPropertyType.FONT, bold.getIndex(),
                    CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND,
                    CellPropertyType.FILL_FOREGROUND_COLOR, IndexedColors.GREY_25_PERCENT.getIndex()));
        }
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.<Finding>comparingInt(f -> sheetOrder(wb, f.cell().sheet()))
                .thenComparingInt(f -> f.cell().row()).thenComparingInt(f -> f.cell().col())
                .thenComparing(Finding::code));
        int row = header + 1;
        int n = 1;
        for (Finding f : sorted) {
            Cell seq = sh.createRow(row).createCell(0);
            seq.setCellValue(n++);
            cell(sh, row, 1, f.severity().label());
            cell(sh, row, 2, f.code());
            Cell where = cell(sh, row, 3, f.cell().toString());
            if (wb.getSheet(f.cell().sheet()) != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + f.cell().sheet().replace("'", "''") + "'!" + f.cell().a1());
                where.setHyperlink(link);
                CellUtil.setCellStylePropertiesEnum(where, Map.of(CellPropertyType.FONT, linkFont(wb).getIndex()));
            }
            Cell msg = cell(sh, row, 4, f.message());
            CellUtil.setCellStylePropertiesEnum(msg, Map.of(CellPropertyType.WRAP_TEXT, true));
            if (f.expected() != null) cell(sh, row, 5, f.expected());
            row++;
        }
        sh.createFreezePane(0, header + 1);
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setFitToPage(true);
    }

    private static int sheetOrder(Workbook wb, String name) {
        int i = wb.getSheetIndex(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Cell cell(Sheet sh, int r, int c, String value) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        return cell;
    }

    private static Font boldFont(Workbook wb) {
        return font(wb, true, Font.U_NONE, IndexedColors.BLACK.getIndex());
    }

    private static Font linkFont(Workbook wb) {
        return font(wb, false, Font.U_SINGLE, IndexedColors.BLUE.getIndex());
    }

    /**
     * Our font, found among the workbook's fonts or created once: a re-run must not add fonts
     * (Workbook.findFont misses fonts whose colour was never set, so we look ourselves).
     */
    private static Font font(Workbook wb, boolean bold, byte underline, short color) {
        for (int i = 0; i < wb.getNumberOfFonts(); i++) {
            Font f = wb.getFontAt(i);
            if (f.getBold() == bold && f.getUnderline() == underline && f.getColor() == color
                    && f.getFontHeight() == 220 && "宋体".equals(f.getFontName()) && !f.getItalic() && !f.getStrikeout()) {
                return f;
            }
        }
        Font f = wb.createFont();
        f.setBold(bold);
        f.setUnderline(underline);
        f.setColor(color);
        f.setFontHeight((short) 220);
        f.setFontName("宋体");
        return f;
    }
}
