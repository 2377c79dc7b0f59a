package cn.ziping.write;

import cn.ziping.template.FormContent;
import cn.ziping.template.FormContent.FundLine;
import cn.ziping.template.FormContent.IndicatorLine;
import cn.ziping.template.SummaryContent;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out the standard workbook of form.md §2–§3: the 汇总表 and the 项目支出绩效自评表, blank
 * or filled. White cells are for the unit to fill, grey cells are computed, blue cells are labels.
 */
public final class TemplateWriter {

    static final String[] LEVEL1 = {"产出指标", "效益指标", "满意度指标"};
    static final String[] LEVEL2 = {"数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标",
        "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标"};
    static final String[] GRADES = {"达成年度指标", "部分达成年度指标并具有一定效果", "未达成年度指标且效果较差"};
    static final String[] SUMMARY_HEADER = {"序号", "项目名称", "资金来源", "年初预算数（万元）", "全年预算数（万元）",
        "全年执行数（万元）", "执行率", "自评得分", "自评等级", "是否结转项目", "是否抽查", "自评表", "备注"};

    private TemplateWriter() {
    }

    /** A department workbook: the 汇总表 and one project form per content. */
    public static Workbook department(SummaryContent summary, List<FormContent> forms) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        writeSummary(wb, st, summary);
        for (FormContent f : forms) {
            writeForm(wb, st, f);
        }
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        NormalStyle.ensure(wb);
        return wb;
    }

    /** A single-project workbook. */
    public static Workbook single(FormContent form) {
        XSSFWorkbook wb = new XSSFWorkbook();
        writeForm(wb, new Styles(wb), form);
        NormalStyle.ensure(wb);
        return wb;
    }

    private static void writeSummary(Workbook wb, Styles st, SummaryContent s) {
        Sheet sh = wb.createSheet("汇总表");
        int[] widths = {6, 34, 10, 12, 12, 12, 10, 10, 9, 9, 9, 30, 24};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256 + 200);
        // a hyperlink does not wrap in every viewer: the 自评表 column is as wide as its longest sheet name
        double links = 0;
        for (SummaryContent.Row row : s.rows()) if (row.sheet() != null) links = Math.max(links, TextFit.width(row.sheet()));
        sh.setColumnWidth(11, (int) (Math.min(64, Math.max(widths[11], links + 1.5)) * 256) + 200);
        String year = s.year() == null ? "    " : s.year();
        set(sh, 0, 0, year + "年度预算项目绩效自评汇总表", st.title);
        merge(sh, 0, 0, 0, 12);
        set(sh, 1, 0, "金额单位：万元。白色单元格由单位填写；灰色单元格为计算项，可留空，由 ziping 计算填入。", st.note);
        merge(sh, 1, 1, 0, 12);
        Object[][] claims = {
            {"单位名称", s.unitName()}, {"年度", s.year()}, {"项目个数", s.count()},
            {"全年预算数合计（万元）", s.budgetTotal()}, {"全年执行数合计（万元）", s.executedTotal()},
            {"自评得分90分（含）以上项目个数", s.ge90()}, {"自评得分60（含）-90分项目个数", s.from60to90()},
            {"自评得分60分以下项目个数", s.lt60()},
        };
        for (int i = 0; i < claims.length; i++) {
            int r = 3 + i;
            set(sh, r, 0, claims[i][0], st.label);
            set(sh, r, 1, null, st.label);
            merge(sh, r, r, 0, 1);
            set(sh, r, 2, claims[i][1], i < 2 ? st.input : st.inputNum);
            for (int c = 3; c <= 4; c++) set(sh, r, c, null, st.input);
            merge(sh, r, r, 2, 4);
        }
        int header = 3 + claims.length + 1;
        for (int c = 0; c < SUMMARY_HEADER.length; c++) set(sh, header, c, SUMMARY_HEADER[c], st.label);
        sh.getRow(header).setHeightInPoints(32);
        int r = header + 1;
        int n = 1;
        for (SummaryContent.Row row : s.rows()) {
            Object[] v = {BigDecimal.valueOf(n++), row.name(), row.source(), row.initial(), row.budget(),
                row.executed(), row.rate(), row.score(), row.grade(), row.carryOver(), row.spotCheck(),
                row.sheet(), row.remark()};
            for (int c = 0; c < v.length; c++) {
                set(sh, r, c, v[c], c == 6 ? st.computedPct : c == 7 || c == 8 ? st.computed
                        : c >= 3 && c <= 5 ? st.inputNum : st.input);
            }
            // Names of 20 and more characters wrap onto a second line: give the row its height.
            sh.getRow(r).setHeightInPoints(row.name() != null && row.name().length() >= 17 ? 30 : 18);
            if (row.sheet() != null) {
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + row.sheet().replace("'", "''") + "'!A1");
                sh.getRow(r).getCell(11).setHyperlink(link);
                sh.getRow(r).getCell(11).setCellStyle(st.link);
            }
            r++;
        }
        for (int i = 0; i < s.blankRows(); i++, r++) {
            for (int c = 0; c < SUMMARY_HEADER.length; c++) {
                set(sh, r, c, c == 0 ? BigDecimal.valueOf(n++) : null, c == 6 ? st.computedPct
                        : c == 7 || c == 8 ? st.computed : c >= 3 && c <= 5 ? st.inputNum : st.input);
            }
        }
        set(sh, r, 0, "合计", st.label);
        set(sh, r, 1, null, st.label);
        merge(sh, r, r, 0, 2);
        set(sh, r, 2, null, st.label);
        for (int c = 3; c <= 5; c++) {
            String col = String.valueOf((char) ('A' + c));
            sh.getRow(r).createCell(c).setCellFormula("SUM(" + col + (header + 2) + ":" + col + r + ")");
            sh.getRow(r).getCell(c).setCellStyle(st.computed);
        }
        for (int c = 6; c < SUMMARY_HEADER.length; c++) set(sh, r, c, null, st.label);
        DataValidationHelper dv = sh.getDataValidationHelper();
        list(sh, dv, header + 1, r - 1, 9, new String[] {"是", "否"}, true);
        list(sh, dv, header + 1, r - 1, 10, new String[] {"是", "否"}, true);
        list(sh, dv, header + 1, r - 1, 8, new String[] {"优", "良", "中", "差"}, true);
        list(sh, dv, header + 1, r - 1, 2, new String[] {"中央", "省级", "市级", "县级", "本级", "其他"}, false);
        sh.createFreezePane(2, header + 1);
        TextFit.fitRows(sh);
        printSetup(sh, header, header);
    }

    private static void writeForm(Workbook wb, Styles st, FormContent f) {
        Sheet sh = wb.createSheet(f.sheet());
        int[] widths = {8, 14, 16, 26, 16, 18, 9, 9, 40};
        for (int c = 0; c < widths.length; c++) sh.setColumnWidth(c, widths[c] * 256 + 400);
        set(sh, 0, 0, "附件1", st.note);
        set(sh, 1, 0, "项目支出绩效自评表", st.title);
        merge(sh, 1, 1, 0, 8);
        set(sh, 2, 0, "（" + (f.year() == null ? "    " : f.year()) + "年度）", st.center);
        merge(sh, 2, 2, 0, 8);
        labelValue(sh, st, 3, "项目名称", 0, 1, f.name(), 2, 8);
        labelValue(sh, st, 4, "主管部门", 0, 1, f.department(), 2, 4);
        labelValue(sh, st, 4, "实施单位", 5, 5, f.unit(), 6, 8);
        String[] fundHeader = {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", ""};
        for (int c = 0; c < fundHeader.length; c++) set(sh, 5, c, fundHeader[c], st.label);
        merge(sh, 5, 9, 0, 0);
        merge(sh, 5, 5, 7, 8);
        for (int i = 0; i < 4; i++) {
            int r = 6 + i;
            FundLine line = f.funds().get(i);
            set(sh, r, 0, null, st.label);
            set(sh, r, 1, line.label(), st.label);
            set(sh, r, 2, line.initial(), st.inputNum);
            set(sh, r, 3, line.budget(), st.inputNum);
            set(sh, r, 4, line.executed(), st.inputNum);
            if (i == 0) {
                set(sh, r, 5, BigDecimal.TEN, st.label);
                set(sh, r, 6, f.typedRate() == null ? null : new BigDecimal(f.typedRate()), st.computedPct);
                set(sh, r, 7, f.typedExecutionScore(), st.computed);
            } else {
                for (int c = 5; c <= 7; c++) set(sh, r, c, "—", st.center);
            }
            set(sh, r, 8, null, i == 0 ? st.computed : st.center);
            merge(sh, r, r, 7, 8);
            sh.getRow(r).setHeightInPoints(20);
        }
        set(sh, 10, 0, "年度总体目标", st.label);
        merge(sh, 10, 11, 0, 0);
        set(sh, 10, 1, "预期目标", st.label);
        fill(sh, 10, 2, 4, st.label);
        merge(sh, 10, 10, 1, 4);
        set(sh, 10, 5, "实际完成情况", st.label);
        fill(sh, 10, 6, 8, st.label);
        merge(sh, 10, 10, 5, 8);
        set(sh, 11, 0, null, st.label);
        set(sh, 11, 1, f.goalExpected(), st.input);
        fill(sh, 11, 2, 4, st.input);
        merge(sh, 11, 11, 1, 4);
        set(sh, 11, 5, f.goalActual(), st.input);
        fill(sh, 11, 6, 8, st.input);
        merge(sh, 11, 11, 5, 8);
        sh.getRow(11).setHeightInPoints(96);
        String[] indHeader = {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"};
        for (int c = 0; c < indHeader.length; c++) set(sh, 12, c, indHeader[c], st.label);
        sh.getRow(12).setHeightInPoints(30);
        List<IndicatorLine> ind = f.indicators();
        int first = 13;
        for (int i = 0; i < ind.size(); i++) {
            IndicatorLine line = ind.get(i);
            int r = first + i;
            set(sh, r, 0, null, st.label);
            set(sh, r, 1, line.level1(), st.input);
            set(sh, r, 2, line.level2(), st.input);
            set(sh, r, 3, line.name(), st.input);
            set(sh, r, 4, line.target(), st.input);
            set(sh, r, 5, line.actual(), st.input);
            set(sh, r, 6, line.weight(), st.inputNum);
            set(sh, r, 7, line.score(), st.inputNum);
            set(sh, r, 8, line.reason(), st.input);
            sh.getRow(r).setHeightInPoints(24);
        }
        int last = first + ind.size() - 1;
        merge(sh, 12, last, 0, 0);
        mergeRuns(sh, first, ind, 1);
        mergeRuns(sh, first, ind, 2);
        int z = last + 1;
        set(sh, z, 0, "总分", st.label);
        fill(sh, z, 1, 5, st.label);
        merge(sh, z, z, 0, 5);
        set(sh, z, 6, new BigDecimal(100), st.label);
        set(sh, z, 7, f.typedTotal(), st.computed);
        set(sh, z, 8, null, st.label);
        set(sh, z + 1, 0, "自评等级", st.label);
        fill(sh, z + 1, 1, 6, st.label);
        merge(sh, z + 1, z + 1, 0, 6);
        set(sh, z + 1, 7, f.typedGrade(), st.computed);
        set(sh, z + 1, 8, null, st.computed);
        merge(sh, z + 1, z + 1, 7, 8);
        set(sh, z + 2, 0, "填表说明：白色单元格由单位填写；灰色单元格（执行率、得分、总分、自评等级）为计算项，可留空，由 ziping 按规则计算填入。得分低于分值的指标须填写偏差原因分析及改进措施。", st.note);
        merge(sh, z + 2, z + 2, 0, 8);
        sh.getRow(z + 2).setHeightInPoints(30);
        DataValidationHelper dv = sh.getDataValidationHelper();
        list(sh, dv, first, last, 1, LEVEL1, false);
        list(sh, dv, first, last, 2, LEVEL2, false);
        list(sh, dv, first, last, 5, GRADES, false);
        list(sh, dv, z + 1, z + 1, 7, new String[] {"优", "良", "中", "差"}, true);
        TextFit.fitRows(sh);
        printSetup(sh, 1, 2);
    }

    /** Merges runs of equal 一级/二级 labels downwards, as the printed forms do. */
    private static void mergeRuns(Sheet sh, int first, List<IndicatorLine> ind, int col) {
        int start = 0;
        for (int i = 1; i <= ind.size(); i++) {
            boolean sameRun = i < ind.size() && key(ind.get(i), col).equals(key(ind.get(start), col));
            if (!sameRun) {
                if (i - 1 > start && !key(ind.get(start), col).isEmpty()) merge(sh, first + start, first + i - 1, col, col);
                start = i;
            }
        }
    }

    private static String key(IndicatorLine l, int col) {
        String k = col == 1 ? l.level1() : l.level1() + "/" + l.level2();
        return k == null || (col == 1 && l.level1() == null) ? "" : k;
    }

    private static void labelValue(Sheet sh, Styles st, int r, String label, int c0, int c1, String value, int v0, int v1) {
        set(sh, r, c0, label, st.label);
        fill(sh, r, c0 + 1, c1, st.label);
        if (c1 > c0) merge(sh, r, r, c0, c1);
        set(sh, r, v0, value, st.input);
        fill(sh, r, v0 + 1, v1, st.input);
        if (v1 > v0) merge(sh, r, r, v0, v1);
    }

    private static void list(Sheet sh, DataValidationHelper dv, int r0, int r1, int c, String[] values, boolean strict) {
        if (r1 < r0) return;
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(values),
                new CellRangeAddressList(r0, r1, c, c));
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(strict);
        v.setEmptyCellAllowed(true);
        sh.addValidationData(v);
    }

    private static void printSetup(Sheet sh, int repeatFrom, int repeatTo) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setHorizontallyCenter(true);
        sh.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
    }

    private static void fill(Sheet sh, int r, int c0, int c1, org.apache.poi.ss.usermodel.CellStyle style) {
        for (int c = c0; c <= c1; c++) set(sh, r, c, null, style);
    }

    private static void merge(Sheet sh, int r0, int r1, int c0, int c1) {
        sh.addMergedRegion(new CellRangeAddress(r0, r1, c0, c1));
    }

    static Cell set(Sheet sh, int r, int c, Object value, org.apache.poi.ss.usermodel.CellStyle style) {
        Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
        Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
        if (value instanceof BigDecimal b) {
            cell.setCellValue(b.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        if (style != null) cell.setCellStyle(style);
        return cell;
    }
}
