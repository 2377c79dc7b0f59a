package cn.ziping.write;

import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.read.WorkbookReader;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
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
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The 校验结果 sheet: counts by severity, then one row per finding (严重程度, 代码, 位置 as a link
 * to the cell, 说明, 应为), in workbook order of sheet, then row. Replaced on every run; its styles
 * are found-or-created by properties, so re-runs add none.
 */
final class ResultsSheet {

    static final String[] HEADER = {"序号", "严重程度", "代码", "位置", "说明", "应为"};

    private ResultsSheet() {
    }

    /** Laid over the findings' columns so that both fit their widths: the results first, names in the wide column. */
    static final String[] PROJECT_HEADER = {"序号", "总分", "等级", "工作表", "项目名称", "执行率", "执行得分", "指标得分"};

    static void write(Workbook wb, List<Finding> findings, List<ProjectScore> scores, Department department) {
        String name = WorkbookReader.RESULTS_SHEET;
        for (String n : new String[] {WorkbookReader.RESULTS_SHEET, WorkbookReader.RESULTS_SHEET_ALT}) {
            Sheet old = wb.getSheet(n);
            if (old != null && WorkbookReader.isResultsSheet(old)) wb.removeSheetAt(wb.getSheetIndex(old));
        }
        // A user's own sheet called 校验结果 is theirs: ours takes another name.
        if (wb.getSheet(name) != null) name = WorkbookReader.RESULTS_SHEET_ALT;
        Sheet sh = wb.createSheet(name);
        int[] widths = {6, 10, 8, 34, 90, 28, 10, 10};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256);
        // the 位置/工作表 column holds sheet names (up to 31 characters): wide enough for the longest
        double names = 0;
        for (ProjectScore s : scores) names = Math.max(names, TextFit.width(s.form().sheet()));
        for (Finding f : findings) names = Math.max(names, TextFit.width(f.cell().toString()));
        sh.setColumnWidth(3, (int) Math.min(70, Math.max(widths[3], names + 2)) * 256);
        Font bold = boldFont(wb);
        // found or created on first use only, as a font scan per row did: a sheet without links adds no font
        Font[] linkFont = new Font[1];
        StyleCache styles = new StyleCache();
        Cell title = cell(sh, 0, 0, WorkbookReader.RESULTS_MARK + "（共 " + findings.size() + " 条）");
        styles.apply(title, Map.of(CellPropertyType.FONT, bold.getIndex()));
        if (department != null) cell(sh, 0, 3, departmentLine(department));
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
            styles.apply(h, Map.of(CellPropertyType.FONT, bold.getIndex(),
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
            Cell where = cell(sh, row, 3, f.cell().inReport() ? "报告第 " + (f.cell().row() + 1) + " 段" : f.cell().toString());
            if (!f.cell().inReport() && wb.getSheet(f.cell().sheet()) != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + f.cell().sheet().replace("'", "''") + "'!" + f.cell().a1());
                where.setHyperlink(link);
                styles.apply(where, Map.of(CellPropertyType.FONT, linkFont(wb, linkFont).getIndex()));
            }
            Cell msg = cell(sh, row, 4, f.message());
            styles.apply(msg, Map.of(CellPropertyType.WRAP_TEXT, true));
            // Rows do not grow by themselves for wrapped text in every viewer: size them for the message.
            int lines = TextFit.lines(f.message(), TextFit.chars(sh.getColumnWidth(4)));
            if (f.fix() != null) lines = Math.max(lines, TextFit.lines(f.fix(), TextFit.chars(sh.getColumnWidth(5))));
            sh.getRow(row).setHeightInPoints(TextFit.height(lines, sh.getDefaultRowHeightInPoints()));
            if (f.remedy() != null) {
                Cell remedy = cell(sh, row, 5, f.remedy());
                if (f.fix() != null) styles.apply(remedy, Map.of(CellPropertyType.WRAP_TEXT, true));
            }
            // a message of several lines: the row's other cells at its first line, not its last
            if (lines > 1) {
                for (Cell c : sh.getRow(row)) styles.apply(c, Map.of(CellPropertyType.VERTICAL_ALIGNMENT, VerticalAlignment.TOP));
            }
            row++;
        }
        projects(wb, sh, row + 1, scores, bold, linkFont, styles);
        sh.createFreezePane(0, header + 1);
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setFitToPage(true);
    }

    /** ziping's computed values per project: where a form has no 总分 row, they appear only here. */
    private static int projects(Workbook wb, Sheet sh, int r, List<ProjectScore> scores, Font bold, Font[] linkFont,
                                StyleCache styles) {
        if (scores.isEmpty()) return r;
        Cell t = cell(sh, r++, 0, "ziping 计算结果（按评分规则计算，不是表中填写的值）");
        styles.apply(t, Map.of(CellPropertyType.FONT, bold.getIndex()));
        for (int c = 0; c < PROJECT_HEADER.length; c++) {
            Cell h = cell(sh, r, c, PROJECT_HEADER[c]);
            styles.apply(h, Map.of(CellPropertyType.FONT, bold.getIndex(),
                    CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND,
                    CellPropertyType.FILL_FOREGROUND_COLOR, IndexedColors.GREY_25_PERCENT.getIndex()));
        }
        r++;
        int n = 1;
        for (ProjectScore s : scores) {
            sh.createRow(r).createCell(0).setCellValue(n++);
            Cell where = cell(sh, r, 3, s.form().sheet());
            Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress("'" + s.form().sheet().replace("'", "''") + "'!A1");
            where.setHyperlink(link);
            styles.apply(where, Map.of(CellPropertyType.FONT, linkFont(wb, linkFont).getIndex()));
            cell(sh, r, 4, s.form().displayName());
            if (s.computable()) {
                number(sh, r, 5, s.ratePercent().movePointLeft(2), "0.00%", styles);
                number(sh, r, 6, s.executionScore(), "0.00", styles);
            } else {
                cell(sh, r, 5, "无法计算");
            }
            if (s.computable() && s.scored()) {
                number(sh, r, 1, s.total(), "0.00", styles);
                cell(sh, r, 2, s.grade());
            } else {
                cell(sh, r, 1, "无法计算");
            }
            if (s.indicatorScore() != null) number(sh, r, 7, s.indicatorScore(), "0.00", styles);
            else cell(sh, r, 7, "无法计算");
            r++;
        }
        return r;
    }

    private static String departmentLine(Department d) {
        return (d.name() == null ? "" : d.name() + " ") + (d.year() == null ? "" : d.year() + "年度 ") + "项目 "
                + d.projects() + " 个；按各项目计算：全年预算数合计 " + Money.fmt(d.budgetTotal()) + " 万元，全年执行数合计 "
                + Money.fmt(d.executedTotal()) + " 万元；总分 90 分以上 " + d.bands()[0] + " 个，60 至 90 分 " + d.bands()[1]
                + " 个，60 分以下 " + d.bands()[2] + " 个";
    }

    private static int sheetOrder(Workbook wb, String name) {
        int i = wb.getSheetIndex(name);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static void number(Sheet sh, int r, int c, java.math.BigDecimal value, String format, StyleCache styles) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        styles.apply(cell, Map.of(CellPropertyType.DATA_FORMAT,
                sh.getWorkbook().createDataFormat().getFormat(format)));
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

    private static Font linkFont(Workbook wb, Font[] memo) {
        if (memo[0] == null) memo[0] = font(wb, false, Font.U_SINGLE, IndexedColors.BLUE.getIndex());
        return memo[0];
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
