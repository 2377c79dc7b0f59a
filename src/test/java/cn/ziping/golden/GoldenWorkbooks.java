package cn.ziping.golden;

import cn.ziping.TestBooks;
import cn.ziping.template.FormContent;
import cn.ziping.template.FormContent.FundLine;
import cn.ziping.template.FormContent.IndicatorLine;
import cn.ziping.template.SummaryContent;
import cn.ziping.template.UnitSpreadsheet;
import cn.ziping.write.TemplateWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;

/**
 * Writes the golden workbooks of src/test/resources/golden (see the README there): one per family
 * of checks, built from the standard template, each sheet planting one mistake. Run
 * {@code mvn -q test-compile exec:java}-free: {@code java -cp target/test-classes:target/classes:… 
 * cn.ziping.golden.GoldenWorkbooks}, or the test {@code GoldenWorkbooksTest#regenerate} with
 * {@code -Dgolden.regenerate=true}.
 */
public final class GoldenWorkbooks {

    static final Path DIR = Path.of("src/test/resources/golden");

    private GoldenWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        write(args.length > 0 ? Path.of(args[0]) : DIR);
    }

    /** A project form under construction: a clean project unless a test plants a mistake. */
    public static final class Spec {
        final String sheet;
        String name;
        String[] total = {"100", "100", "100"};
        String[] current = {"100", "100", "100"};
        String[] carry = {null, null, null};
        String[] other = {null, null, null};
        String goalExpected = "完成年度培训任务，提升基层应急管理能力。";
        String goalActual = "举办培训班2期，培训50人次；经问卷调查（发放问卷50份，满意48份），满意度96%。";
        final List<String[]> ind = new ArrayList<>();
        final List<Consumer<Sheet>> edits = new ArrayList<>();
        public boolean typedComputed = true;

        public Spec(String sheet, String name) {
            this.sheet = sheet;
            this.name = name;
            ind.add(new String[] {"产出指标", "数量指标", "培训人次", "≥50人次", "50人次", "20", "20", null});
            ind.add(new String[] {"产出指标", "质量指标", "考核合格率", "≥95%", "96%", "10", "10", null});
            ind.add(new String[] {"产出指标", "时效指标", "完成时间", "2024年12月底前", "达成年度指标", "10", "10", null});
            ind.add(new String[] {"产出指标", "成本指标", "培训成本", "≤100万元", "100万元", "10", "10", null});
            ind.add(new String[] {"效益指标", "社会效益指标", "应急管理能力提升", "明显提升", "达成年度指标", "20", "20", null});
            ind.add(new String[] {"效益指标", "可持续影响指标", "培训机制长效运行", "长期有效", "达成年度指标", "10", "10", null});
            ind.add(new String[] {"满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "96%", "10", "10", null});
        }

        public Spec set(int i, int field, String v) {
            ind.get(i)[field] = v;
            return this;
        }

        public Spec execution(String budget, String executed) {
            total[0] = budget;
            current[0] = budget;
            total[1] = budget;
            total[2] = executed;
            current[1] = budget;
            current[2] = executed;
            return this;
        }

        /** A cell edit after layout, for what FormContent cannot say (text amounts, typed slips). */
        public Spec edit(String a1, Object value) {
            edits.add(sh -> put(sh, a1, value));
            return this;
        }

        int totalRow() {
            return 14 + ind.size();
        }

        static BigDecimal dec(String s) {
            return s == null ? null : new BigDecimal(s);
        }

        public FormContent content() {
            List<FundLine> funds = List.of(new FundLine("年度资金总额", dec(total[0]), dec(total[1]), dec(total[2])),
                    new FundLine("其中：当年财政拨款", dec(current[0]), dec(current[1]), dec(current[2])),
                    new FundLine("上年结转资金", dec(carry[0]), dec(carry[1]), dec(carry[2])),
                    new FundLine("其他资金", dec(other[0]), dec(other[1]), dec(other[2])));
            List<IndicatorLine> lines = new ArrayList<>();
            for (String[] x : ind) lines.add(new IndicatorLine(x[0], x[1], x[2], x[3], x[4], dec(x[5]), dec(x[6]), x[7]));
            UnitSpreadsheet typed = typedComputed
                    ? UnitSpreadsheet.of(dec(total[1]), dec(total[2]), lines.stream().map(IndicatorLine::score).toList())
                    : UnitSpreadsheet.EMPTY;
            return new FormContent(sheet, "2024", name, "某某区应急管理局", "某某区应急管理局", funds, goalExpected,
                    goalActual, lines, typed.rate(), typed.executionScore(), typed.total(), typed.grade());
        }
    }

    static void put(Sheet sh, String a1, Object value) {
        CellReference ref = new CellReference(a1);
        Row row = sh.getRow(ref.getRow()) == null ? sh.createRow(ref.getRow()) : sh.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value == null) cell.setBlank();
        else if (value instanceof Number n) cell.setCellValue(n.doubleValue());
        else cell.setCellValue(value.toString());
    }

    /** A department workbook whose 汇总表 only lists the sheets (no claims, no amounts): F/I/S goldens. */
    public static void listOnly(Path file, List<Spec> specs) throws IOException {
        List<SummaryContent.Row> rows = new ArrayList<>();
        for (Spec s : specs) rows.add(new SummaryContent.Row(s.name, "县级", null, null, null, null, null, null, "否", "否", s.sheet, null));
        department(file, new SummaryContent("某某区应急管理局", "2024", null, null, null, null, null, null, rows, 0), specs, wb -> { });
    }

    public static void department(Path file, SummaryContent summary, List<Spec> specs, Consumer<Workbook> more) throws IOException {
        try (Workbook wb = TemplateWriter.department(summary, specs.stream().map(Spec::content).toList())) {
            for (Spec s : specs) for (Consumer<Sheet> e : s.edits) e.accept(wb.getSheet(s.sheet));
            more.accept(wb);
            XSSFFormulaEvaluator.evaluateAllFormulaCells((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        funds(dir.resolve("F-funds.xlsx"));
        indicators(dir.resolve("I-indicators.xlsx"));
        totals(dir.resolve("S-totals.xlsx"));
        departmentChecks(dir.resolve("D-department.xlsx"));
        reading(dir);
        ExportWorkbook.write(dir.resolve("R-export.xlsx"));
    }

    static void funds(Path file) throws IOException {
        List<Spec> s = new ArrayList<>();
        s.add(new Spec("F001", "执行率填错").edit("G7", 0.9));
        s.add(new Spec("F002", "执行得分填错").edit("H7", 9).edit("H21", 99));
        s.add(new Spec("F003", "执行数超预算").execution("100", "105"));
        Spec f4 = new Spec("F004", "预算数为空").execution(null, "50");
        f4.edit("F7", 20);
        s.add(f4);
        Spec f5 = new Spec("F005", "其中各项不平");
        f5.current = new String[] {"60", "60", "60"};
        f5.carry = new String[] {"40", "30", "40"};
        s.add(f5);
        s.add(new Spec("F006", "其中行填了分值").edit("F8", 10));
        Spec f7 = new Spec("F007", "年中调整预算");
        f7.total[0] = "80";
        f7.current[0] = "80";
        s.add(f7);
        Spec f8 = new Spec("F008", "执行率低且无说明").execution("100", "75");
        s.add(f8);
        s.add(new Spec("F009", "金额以元填写").edit("E8", "1000000元"));
        Spec f10 = new Spec("F010", "负数金额");
        f10.current = new String[] {"100", "105", "100"};
        f10.other = new String[] {null, "-5", null};
        s.add(f10);
        listOnly(file, s);
    }

    static void indicators(Path file) throws IOException {
        List<Spec> s = new ArrayList<>();
        s.add(new Spec("I001", "得分超过分值").edit("H18", 25));
        s.add(new Spec("I002", "扣分未说明").set(4, 6, "18"));
        s.add(new Spec("I003", "定量得分算错").set(0, 4, "15人次").set(0, 7, "报名人数不足").edit("H14", 20));
        s.add(new Spec("I004", "指标值偏低").set(0, 4, "80人次"));
        s.add(new Spec("I005", "定性得分越档").set(4, 4, "部分达成年度指标并具有一定效果").set(4, 6, "18").set(4, 7, "部分乡镇未参训"));
        s.add(new Spec("I006", "完成情况用语不规范").set(4, 4, "效果良好"));
        s.add(new Spec("I007", "实际完成值为空").set(5, 4, null));
        s.add(new Spec("I008", "定量完成值不是数").set(0, 4, "已完成"));
        s.add(new Spec("I009", "分值合计不足").set(1, 5, "5").set(1, 6, "5"));
        s.add(new Spec("I010", "一级标注分值不符").set(0, 0, "产出指标(40分)").set(1, 0, "产出指标(40分)")
                .set(2, 0, "产出指标(40分)").set(3, 0, "产出指标(40分)"));
        s.add(new Spec("I011", "一级分值非常规").set(0, 5, "30").set(0, 6, "30").set(4, 5, "10").set(4, 6, "10"));
        Spec i12 = new Spec("I012", "缺少满意度指标");
        i12.ind.remove(6);
        i12.ind.add(new String[] {"效益指标", "社会效益指标", "群众安全感", "明显提升", "达成年度指标", "10", "10", null});
        s.add(i12);
        s.add(new Spec("I013", "完成值为负").set(0, 4, "-5人次").set(0, 6, "0").set(0, 7, "培训取消"));
        s.add(new Spec("I014", "产出指标不可衡量").set(1, 3, "效果明显").set(1, 4, "达成年度指标"));
        s.add(new Spec("I015", "计量单位不同").set(0, 4, "50人"));
        Spec i16 = new Spec("I016", "满意度无调查依据");
        i16.goalActual = "举办培训班2期，培训50人次。";
        s.add(i16);
        s.add(new Spec("R003", "指标值缺比较符号").set(1, 3, "96%"));
        listOnly(file, s);
    }

    static void totals(Path file) throws IOException {
        List<Spec> s = new ArrayList<>();
        Spec s1 = new Spec("S001", "总分加错");
        s1.edits.add(sh -> put(sh, "H" + s1.totalRow(), 95));
        s.add(s1);
        Spec s2 = new Spec("S002", "等级填错");
        s2.edits.add(sh -> put(sh, "H" + (s2.totalRow() + 1), "良"));
        s.add(s2);
        s.add(new Spec("S003", "指标完成远超支出").execution("100", "50").set(0, 7, "资金下半年才拨付"));
        s.add(new Spec("S004", "未执行完却全满分").execution("100", "95"));
        Spec s5 = new Spec("S005", "完成情况照抄目标");
        s5.goalExpected = s5.goalActual;
        s.add(s5);
        listOnly(file, s);
    }

    static void departmentChecks(Path file) throws IOException {
        List<Spec> s = new ArrayList<>();
        s.add(new Spec("项目1", "应急演练经费"));
        s.add(new Spec("项目2", "救灾物资采购").execution("12.83", "12.83").set(3, 3, "≤12.83万元").set(3, 4, "12.83万元"));
        s.add(new Spec("项目3", "网络视频系统服务费").execution("0.96", "0.96").set(3, 3, "≤0.96万元").set(3, 4, "0.96万元"));
        Spec cars = new Spec("项目4", "特种车辆保险").execution("67805.2", "67805.2").set(3, 3, "≤4000元/辆").set(3, 4, "3767元/辆");
        cars.total[0] = "67805.2";
        cars.current[0] = "67805.2";
        s.add(cars);
        Spec carry = new Spec("项目5", "2023年度结转物资采购").execution("9.5", "9.5").set(3, 3, "≤9.5万元").set(3, 4, "9.5万元");
        carry.total[0] = "9.5";
        carry.current = new String[] {"0", "0", "0"};
        carry.carry = new String[] {"9.5", "9.5", "9.5"};
        carry.set(0, 4, "10人次").set(0, 6, "4").set(4, 4, "未达成年度指标且效果较差").set(4, 6, "5")
                .set(5, 4, "未达成年度指标且效果较差").set(5, 6, "2").set(6, 4, "60%").set(6, 6, "6.67")
                .set(2, 4, "未达成年度指标且效果较差").set(2, 6, "3").set(1, 4, "50%").set(1, 6, "5.26");
        s.add(carry);
        s.add(new Spec("未列入", "未列入汇总表的项目"));
        for (Spec x : s) {
            x.total[0] = x.total[1];
            x.current[0] = x.carry[0] == null ? x.total[1] : x.current[0];
        }
        List<SummaryContent.Row> rows = new ArrayList<>();
        for (Spec x : s.subList(0, 5)) {
            FormContent c = x.content();
            rows.add(new SummaryContent.Row(x.name, "县级", c.funds().get(0).initial(), c.funds().get(0).budget(),
                    c.funds().get(0).executed(), new BigDecimal(c.typedRate()), c.typedTotal(), c.typedGrade(),
                    x.carry[0] != null ? "是" : "否", "否", x.sheet, null));
        }
        rows.set(0, new SummaryContent.Row("应急演练经费", "县级", new BigDecimal(100), new BigDecimal(100), new BigDecimal(100),
                BigDecimal.ONE, new BigDecimal(95), "优", "否", "否", "项目1", null));
        rows.add(new SummaryContent.Row("没有自评表的项目", "县级", null, new BigDecimal(3), new BigDecimal(3), null, null, null,
                "否", "否", null, null));
        rows.add(new SummaryContent.Row("网络视频系统服务费", "县级", null, null, null, null, null, null, "否", "否", null, null));
        SummaryContent summary = new SummaryContent("某某区应急管理局", "2024", BigDecimal.valueOf(5), new BigDecimal("1851.72"),
                null, BigDecimal.valueOf(5), BigDecimal.ZERO, BigDecimal.ZERO, rows, 0);
        // 项目2 renamed after the 汇总表 linked it: the link is dead, the row matches by name (D009)
        department(file, summary, s, wb -> wb.setSheetName(wb.getSheetIndex("项目2"), "救灾物资"));
    }

    static void reading(Path dir) throws IOException {
        Object[][] bad = TestBooks.standardForm();
        bad = Arrays.stream(bad).map(r -> r == null ? null : r.clone()).toArray(Object[][]::new);
        bad[6][4] = "八十六万";
        bad[4][6] = null;
        Object[][] placeholder = Arrays.copyOf(TestBooks.standardForm(), 22);
        placeholder[20] = placeholder[18];
        placeholder[21] = placeholder[19];
        placeholder[18] = new Object[] {null, null, null, "指标2："};
        placeholder[19] = new Object[] {null, null, null, "……"};
        new TestBooks().sheet("数字无法识别", bad).sheet("占位行", placeholder)
                .sheet("缺指标栏", Arrays.copyOf(TestBooks.standardForm(), 12))
                .sheet("填报说明", new Object[][] {{"请按模板填写"}})
                .write(dir.resolve("R-reading.xlsx"));
        new TestBooks().sheet("Sheet1", new Object[][] {{"姓名", "电话"}, {"张三", "123"}})
                .write(dir.resolve("R-not-a-form.xlsx"));
        new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("R-single-form.xls"));
    }
}
