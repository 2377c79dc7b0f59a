package cn.ziping.golden;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The golden workbook of the 一体化 system's own export (form.md §2.3): 部门预算项目支出绩效自评表 with
 * a coded 项目名称, goals under 项目年度目标 · 年度目标完成情况, fund rows 总额 / 其中:财政资金 /
 * 财政专户管理资金 / 单位资金 / 其他资金 with a 预算执行率 on each, indicators with 指标性质 and 度量单位
 * in their own columns, a 合计 row and the free-text 评价结论 / 存在问题 / 改进措施. One clean form,
 * one with a wrong per-row rate (F001), one whose 其中 rows do not add up (F005); three forms and no
 * 汇总表 (R005).
 */
public final class ExportWorkbook {

    private ExportWorkbook() {
    }

    static void write(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            form(wb, "一体化导出", sh -> { });
            form(wb, "分项执行率错", sh -> put(sh, "F11", "95.00%"));
            form(wb, "其中不平", sh -> {
                put(sh, "D13", 25);
                put(sh, "F13", "80.00%");
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** One export form as the system prints it; {@code edit} plants a mistake afterwards. */
    public static void form(Workbook wb, String name, Consumer<Sheet> edit) {
        Sheet sh = wb.createSheet(name);
        Object[][] rows = {
            {"报表编号:510000_0013zp"},
            {"部门预算项目支出绩效自评表(2023年度)"},
            {"项目名称", null, "51000021R000000019951-教学楼改造"},
            {"主管部门", null, "某某县教育局", null, null, "实施单位(盖章)", null, "某某县第一中学"},
            {"项目基本情况", "1.项目年度目标完成情况"},
            {null, "项目年度目标", null, null, null, null, "年度目标完成情况"},
            {null, "完成教学楼改造266平方米，改善办学条件。", null, null, null, null,
                "完成改造266平方米，通过验收；经问卷调查（发放200份），家长满意度95%。"},
            {null, "2.项目实施内容及过程概述", null, "3月招标，8月完工，10月验收。"},
            {"预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数(A)", "预算执行数(B)", "预算执行率(B/A)",
                "权重", "得分", "原因"},
            {null, "总额", 120, 120, 120, "100.00%", 10, 10},
            {null, "其中:财政资金", 100, 100, 100, "100.00%", "/", "/"},
            {null, "财政专户管理资金", 0, 0, 0, "/", "/", "/"},
            {null, "单位资金", 20, 20, 20, "100.00%", "/", "/"},
            {null, "其他资金", 0, 0, 0, "/", "/", "/"},
            {"绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
                "未完成原因分析"},
            {null, "产出指标", "数量指标", "改造面积", "≥", 266, "平方米", 266, 20, 20},
            {null, null, "质量指标", "验收合格率", "=", 100, "%", 100, 10, 10},
            {null, null, "时效指标", "完成时间", "定性", "2023年10月底前", null, "达成年度指标", 10, 10},
            {null, null, "成本指标", "改造单价", "≤", 4500, "元/平方米", 4060, 10, 10},
            {null, "效益指标", "社会效益指标", "办学条件改善", "定性", "明显改善", null, "达成年度指标", 20, 20},
            {null, null, "可持续影响指标", "设施使用年限", "≥", 20, "年", 20, 10, 10},
            {null, "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", 90, "%", 95, 10, 10},
            {"合计", null, null, null, null, null, null, null, 100, 100},
            {"评价结论", "项目按计划完成，资金使用规范，绩效目标基本实现。"},
            {"存在问题", "尾款支付滞后。"},
            {"改进措施", "加快验收与结算。"},
            {"项目负责人:", null, null, null, null, "财务负责人:"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sh.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) continue;
                Cell cell = row.createCell(c);
                if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                else cell.setCellValue(v.toString());
            }
        }
        for (String m : new String[] {"A2:K2", "C3:K3", "C4:E4", "F4:G4", "H4:K4", "A5:A8", "B5:K5", "B6:F6", "G6:K6",
            "B7:F7", "G7:K7", "B8:C8", "D8:K8", "A9:A14", "A15:A22", "B16:B19", "B20:B21", "A23:H23", "B24:K24",
            "B25:K25", "B26:K26"}) {
            sh.addMergedRegion(CellRangeAddress.valueOf(m));
        }
        edit.accept(sh);
    }

    static void put(Sheet sh, String a1, Object value) {
        CellReference ref = new CellReference(a1);
        Row row = sh.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else cell.setCellValue(value.toString());
    }
}
