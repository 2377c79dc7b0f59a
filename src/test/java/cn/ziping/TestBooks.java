package cn.ziping;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * Builds small workbooks in tests from rows of values: a {@link Formula} is a formula, a Number a
 * number, null an empty cell, anything else text. The format follows the file's extension.
 */
public final class TestBooks {

    /** A formula cell, without its leading "=". */
    public record Formula(String text) {
    }

    public static Formula f(String text) {
        return new Formula(text);
    }

    private final Map<String, Object[][]> sheets = new LinkedHashMap<>();
    private final Map<String, String[]> merges = new LinkedHashMap<>();

    public TestBooks sheet(String name, Object[][] rows, String... mergedRanges) {
        sheets.put(name, rows);
        merges.put(name, mergedRanges);
        return this;
    }

    public Path write(Path file) throws IOException {
        String n = file.getFileName().toString();
        try (Workbook wb = n.endsWith(".xls") ? new HSSFWorkbook()
                : n.endsWith(".xlsm") ? new XSSFWorkbook(XSSFWorkbookType.XLSM) : new XSSFWorkbook()) {
            for (var e : sheets.entrySet()) {
                Sheet sh = wb.createSheet(e.getKey());
                Object[][] rows = e.getValue();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] == null) continue;
                    Row row = sh.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v == null) continue;
                        Cell cell = row.createCell(c);
                        if (v instanceof Number num) cell.setCellValue(num.doubleValue());
                        else if (v instanceof Formula f) cell.setCellFormula(f.text());
                        else cell.setCellValue(v.toString());
                    }
                }
                for (String m : merges.get(e.getKey())) sh.addMergedRegion(CellRangeAddress.valueOf(m));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A complete standard form (form.md §2) as rows, for tests to vary. 100/86.2 万元. */
    public static Object[][] standardForm() {
        return new Object[][] {
            {"附件1"},
            {"项目支出绩效自评表"},
            {"（2024年度）"},
            {"项目名称", null, "测试项目"},
            {"主管部门", null, "某某局", null, null, "实施单位", "某某中心"},
            {"项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
            {null, "年度资金总额", 100, 100, 86.2, 10, "86.20%", 8.62},
            {null, "其中：当年财政拨款", 100, 100, 86.2, "—", "—", "—"},
            {null, "上年结转资金", null, null, null, "—", "—", "—"},
            {null, "其他资金", null, null, null, "—", "—", "—"},
            {"年度总体目标", "预期目标", null, null, null, "实际完成情况"},
            {null, "完成培训", null, null, null, "完成培训50人次"},
            {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
            {null, "产出指标", "数量指标", "培训人次", "≥50人次", "50人次", 30, 30},
            {null, null, "时效指标", "完成时间", "2024年12月底前", "达成年度指标", 10, 10},
            {null, null, "成本指标", "培训成本", "≤100万元", "86.2万元", 10, 10},
            {null, "效益指标", "社会效益指标", "能力提升", "明显提升", "达成年度指标", 30, 28, "个别学员考核未通过"},
            {null, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 10, 10},
            {"总分", null, null, null, null, null, 100, 96.62},
            {"自评等级", null, null, null, null, null, null, "优"},
        };
    }
}
