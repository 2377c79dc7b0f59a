package cn.ziping.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Indicator;
import cn.ziping.model.Operator;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Submission;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReaderTest {

    @TempDir
    Path dir;

    static Submission read(Path file) throws Exception {
        try (OpenWorkbook wb = OpenWorkbook.open(file)) {
            return WorkbookReader.read(wb);
        }
    }

    static ProjectForm onlyForm(Path file) throws Exception {
        Submission s = read(file);
        assertThat(s.forms()).hasSize(1);
        return s.forms().get(0);
    }

    static Object[][] copy(Object[][] rows) {
        Object[][] out = new Object[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = rows[i] == null ? null : rows[i].clone();
        return out;
    }

    static Object[][] insertRows(Object[][] rows, int at, int n) {
        List<Object[]> list = new ArrayList<>(Arrays.asList(rows));
        for (int i = 0; i < n; i++) list.add(at, new Object[] {null, null, null, null, null, null, null, null, null, "备注 " + i});
        return list.toArray(new Object[0][]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"form.xlsx", "form.xls", "form.xlsm", "项目支出绩效自评表（中文名）.xlsx"})
    void readsTheStandardFormInEveryFormat(String name) throws Exception {
        Path file = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve(name));
        Submission s = read(file);
        assertThat(s.readFindings()).extracting(Finding::code).doesNotContain("R001", "R002");
        ProjectForm f = s.forms().get(0);
        assertThat(f.name().value()).isEqualTo("测试项目");
        assertThat(f.name().at().toString()).isEqualTo("项目A!C4");
        assertThat(f.department().value()).isEqualTo("某某局");
        assertThat(f.unit().value()).isEqualTo("某某中心");
        assertThat(f.unit().at().a1()).isEqualTo("G5");
        assertThat(f.year().value()).isEqualTo("2024");
        FundRow total = f.fund(FundKind.TOTAL).orElseThrow();
        assertThat(total.budget().value()).isEqualByComparingTo("100");
        assertThat(total.executed().value()).isEqualByComparingTo("86.2");
        assertThat(total.executed().at().a1()).isEqualTo("E7");
        assertThat(total.rate().value()).isEqualByComparingTo("0.862");
        assertThat(total.rate().at().a1()).isEqualTo("G7");
        assertThat(total.score().value()).isEqualByComparingTo("8.62");
        assertThat(total.weight().value()).isEqualByComparingTo("10");
        assertThat(f.fund(FundKind.CURRENT).orElseThrow().weight().isBlank()).isTrue();
        assertThat(f.funds()).extracting(FundRow::kind)
                .containsExactly(FundKind.TOTAL, FundKind.CURRENT, FundKind.CARRY_OVER, FundKind.OTHER);
        assertThat(f.goalExpected().value()).isEqualTo("完成培训");
        assertThat(f.goalActual().value()).isEqualTo("完成培训50人次");
        assertThat(f.goalActual().at().a1()).isEqualTo("F12");
        assertThat(f.indicators()).hasSize(5);
        Indicator first = f.indicators().get(0);
        assertThat(first.level1().value()).isEqualTo("产出指标");
        assertThat(first.level2().value()).isEqualTo("数量指标");
        assertThat(first.target().operator()).isEqualTo(Operator.GE);
        assertThat(first.target().number()).isEqualByComparingTo("50");
        assertThat(first.target().unit()).isEqualTo("人次");
        assertThat(first.score().at().a1()).isEqualTo("H14");
        Indicator deadline = f.indicators().get(1);
        assertThat(deadline.level1().value()).as("一级 filled down").isEqualTo("产出指标");
        assertThat(deadline.target().isQuantitative()).isFalse();
        assertThat(f.indicators().get(2).target().operator()).isEqualTo(Operator.LE);
        assertThat(f.indicators().get(3).reason().value()).isEqualTo("个别学员考核未通过");
        assertThat(f.indicators().get(3).level1().value()).isEqualTo("效益指标");
        assertThat(f.total().score().value()).isEqualByComparingTo("96.62");
        assertThat(f.total().score().at().a1()).isEqualTo("H19");
        assertThat(f.total().weight().value()).isEqualByComparingTo("100");
        assertThat(f.grade().value()).isEqualTo("优");
        assertThat(f.grade().at().a1()).isEqualTo("H20");
    }

    @Test
    void rowsInsertedAboveAndBetweenBlocksMoveEveryAddress() throws Exception {
        Object[][] rows = insertRows(TestBooks.standardForm(), 12, 2);
        rows = insertRows(rows, 10, 1);
        rows = insertRows(rows, 0, 3);
        ProjectForm f = onlyForm(new TestBooks().sheet("项目A", rows).write(dir.resolve("moved.xlsx")));
        assertThat(f.name().at().a1()).isEqualTo("C7");
        assertThat(f.fund(FundKind.TOTAL).orElseThrow().executed().at().a1()).isEqualTo("E10");
        assertThat(f.goalActual().value()).isEqualTo("完成培训50人次");
        assertThat(f.indicators()).hasSize(5);
        assertThat(f.indicators().get(0).score().at().a1()).isEqualTo("H20");
        assertThat(f.total().score().at().a1()).isEqualTo("H25");
    }

    @Test
    void acceptsTheVariantsOfFormSection21() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[5] = new Object[] {"项目资金（万元）", null, "年初\n预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"};
        rows[6][1] = "年度资金总额:";
        rows[7][1] = "其中:本年财政拨款";
        rows[12] = new Object[] {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值（A）", "实际完成值（B）", "权重", "实际得分", "偏差原因及改进措施"};
        rows[13][1] = "产出指标(50分)";
        rows[16][1] = "效益指标(30分)";
        rows[16][2] = "社会效益\n指标";
        rows[17][1] = "满意度指标(10分)";
        rows[17][2] = "满意度指标";
        rows[17][4] = "=100%";
        ProjectForm f = onlyForm(new TestBooks().sheet("项目A", rows).write(dir.resolve("variants.xlsx")));
        assertThat(f.fund(FundKind.TOTAL).orElseThrow().initial().value()).isEqualByComparingTo("100");
        assertThat(f.fund(FundKind.CURRENT)).isPresent();
        assertThat(f.fund(FundKind.TOTAL).orElseThrow().rate().value()).isEqualByComparingTo("0.862");
        assertThat(f.printedWeights()).containsOnlyKeys("产出指标", "效益指标", "满意度指标");
        assertThat(f.printedWeights().get("产出指标").value()).isEqualByComparingTo("50");
        assertThat(f.printedWeights().get("产出指标").at().a1()).isEqualTo("B14");
        assertThat(f.indicators().get(0).level1().value()).isEqualTo("产出指标");
        assertThat(f.indicators().get(3).level2().value()).isEqualTo("社会效益指标");
        assertThat(f.indicators().get(4).level2().value()).isEqualTo("满意度指标");
        assertThat(f.indicators().get(4).target().operator()).isEqualTo(Operator.EQ);
        assertThat(f.indicators().get(3).score().value()).isEqualByComparingTo("28");
        assertThat(f.indicators().get(3).reason().value()).isEqualTo("个别学员考核未通过");
    }

    @Test
    void mergedLevelCellsAreFilledDownAndPlaceholdersSkipped() throws Exception {
        Object[][] rows = insertRows(TestBooks.standardForm(), 18, 2);
        rows[18] = new Object[] {null, null, null, "指标1："};
        rows[19] = new Object[] {null, null, null, "……"};
        Path file = new TestBooks().sheet("项目A", rows, "B14:B16", "A13:A20")
                .write(dir.resolve("merged.xlsx"));
        Submission s = read(file);
        ProjectForm f = s.forms().get(0);
        assertThat(f.indicators()).hasSize(5);
        assertThat(f.indicators().get(2).level1().value()).isEqualTo("产出指标");
        assertThat(f.indicators().get(2).level1().at().a1()).isEqualTo("B14");
        assertThat(s.readFindings()).filteredOn(x -> x.code().equals("R003") && x.message().contains("占位"))
                .extracting(x -> x.cell().a1()).containsExactly("D19", "D20");
    }

    @Test
    void hebeiFundRowsAreRead() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[7] = new Object[] {null, "财政资金", 100, 100, 86.2, "—", "—", "—"};
        rows[8] = new Object[] {null, "其中：本级安排", 60, 60, 50, "—", "—", "—"};
        rows[9] = new Object[] {null, "上级补助", 40, 40, 36.2, "—", "—", "—"};
        rows = insertRows(rows, 10, 1);
        rows[10] = new Object[] {null, "其他", null, null, null, "—", "—", "—"};
        ProjectForm f = onlyForm(new TestBooks().sheet("项目A", rows).write(dir.resolve("hebei.xlsx")));
        assertThat(f.funds()).extracting(FundRow::kind).containsExactly(FundKind.TOTAL, FundKind.FISCAL,
                FundKind.LOCAL, FundKind.UPPER, FundKind.OTHER);
        assertThat(f.fund(FundKind.LOCAL).orElseThrow().executed().value()).isEqualByComparingTo("50");
    }

    @Test
    void numbersTypedAsTextAndRatesInEveryNotation() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[6] = new Object[] {null, "年度资金总额", "１,000.50", "1,000.50万元", " 862 ", 10, "86", "8.62分"};
        rows[7] = new Object[] {null, "其中：当年财政拨款", 1000.5, 1000.5, "8620000元", "—", "—", "—"};
        ProjectForm f = onlyForm(new TestBooks().sheet("项目A", rows).write(dir.resolve("text.xlsx")));
        FundRow total = f.fund(FundKind.TOTAL).orElseThrow();
        assertThat(total.initial().value()).isEqualByComparingTo("1000.50");
        assertThat(total.budget().value()).isEqualByComparingTo("1000.50");
        assertThat(total.budget().unit()).isEqualTo("万元");
        assertThat(total.executed().value()).isEqualByComparingTo("862");
        assertThat(total.rate().value()).isEqualByComparingTo("0.86");
        assertThat(total.rate().raw()).isEqualTo("86");
        assertThat(total.score().value()).isEqualByComparingTo("8.62");
        assertThat(f.fund(FundKind.CURRENT).orElseThrow().executed().unit()).isEqualTo("元");
        rows[6][6] = 0.862;
        assertThat(onlyForm(new TestBooks().sheet("项目A", rows).write(dir.resolve("r2.xlsx")))
                .fund(FundKind.TOTAL).orElseThrow().rate().value()).isEqualByComparingTo("0.862");
    }

    @Test
    void formulasGiveTheirValueAndErrorsBecomeR002() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[6][6] = TestBooks.f("E7/D7");
        rows[18][7] = TestBooks.f("SUM(H14:H18)+H7");
        rows[6][7] = TestBooks.f("1/0");
        Path file = new TestBooks().sheet("项目A", rows).write(dir.resolve("formula.xlsx"));
        Submission s = read(file);
        ProjectForm f = s.forms().get(0);
        assertThat(f.fund(FundKind.TOTAL).orElseThrow().rate().value()).isEqualByComparingTo("0.862");
        assertThat(f.total().score().isBlank()).as("sum includes the #DIV/0! cell").isTrue();
        assertThat(s.readFindings()).filteredOn(x -> x.code().equals("R002"))
                .extracting(x -> x.cell().a1()).contains("H7");
        assertThat(s.readFindings()).filteredOn(x -> x.code().equals("R002")).first()
                .extracting(Finding::message).asString().contains("#DIV/0!");
    }

    @Test
    void unparseableNumberIsR002AtItsCell() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[6][4] = "八十六万";
        Submission s = read(new TestBooks().sheet("项目A", rows).write(dir.resolve("bad.xlsx")));
        assertThat(s.readFindings()).filteredOn(x -> x.code().equals("R002"))
                .extracting(x -> x.cell().toString()).containsExactly("项目A!E7");
    }

    @Test
    void aSheetThatIsNotAFormIsR001() throws Exception {
        Path file = new TestBooks().sheet("Sheet1", new Object[][] {{"姓名", "电话"}, {"张三", "123"}})
                .write(dir.resolve("other.xlsx"));
        Submission s = read(file);
        assertThat(s.forms()).isEmpty();
        assertThat(s.readFindings()).extracting(x -> x.code() + " " + x.cell()).containsExactly("R001 Sheet1!A1");
    }

    @Test
    void aFormMissingItsIndicatorBlockIsR001NamingIt() throws Exception {
        Object[][] rows = Arrays.copyOf(TestBooks.standardForm(), 12);
        Submission s = read(new TestBooks().sheet("项目A", rows).write(dir.resolve("half.xlsx")));
        assertThat(s.forms()).isEmpty();
        assertThat(s.readFindings()).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("R001");
            assertThat(x.cell().toString()).isEqualTo("项目A!A2");
            assertThat(x.message()).contains("绩效指标");
        });
    }

    @Test
    void severalFormsWithoutSummaryIsR005() throws Exception {
        Path file = new TestBooks().sheet("项目A", TestBooks.standardForm())
                .sheet("项目B", TestBooks.standardForm()).write(dir.resolve("set.xlsx"));
        Submission s = read(file);
        assertThat(s.forms()).hasSize(2);
        assertThat(s.summary()).isNull();
        assertThat(s.readFindings()).extracting(x -> x.code() + " " + x.cell()).contains("R005 项目A!A2");
    }

    @Test
    void readingLeavesTheInputBytesUnchanged() throws Exception {
        Path file = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("same.xlsx"));
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        read(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
        assertThat(Files.list(dir)).hasSize(1);
    }

    @Test
    void summarySheetClaimsAndRows() throws Exception {
        Object[][] summary = {
            {"2024年度预算项目绩效自评汇总表"},
            {"单位名称", null, "某某局"},
            {"年度", null, "2024年度"},
            {"项目个数", null, 1},
            {"全年预算数合计（万元）", null, "100"},
            {"自评得分90分（含）以上项目个数", null, 1},
            {"自评得分60（含）-90分项目个数", null, 0},
            {"自评得分60分以下项目个数", null, 0},
            {"序号", "项目名称", "资金来源", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "执行率", "自评得分", "自评等级", "是否结转项目", "是否抽查", "自评表", "备注"},
            {1, "测试项目", "县级", 100, 100, 86.2, 0.862, 96.62, "优", "否", "否", "项目A"},
            {"合计", null, null, 100, 100, 86.2},
        };
        Path file = new TestBooks().sheet("汇总表", summary).sheet("项目A", TestBooks.standardForm())
                .write(dir.resolve("dept.xlsx"));
        Submission s = read(file);
        var sum = s.summary();
        assertThat(sum.unitName().value()).isEqualTo("某某局");
        assertThat(sum.year().value()).isEqualTo("2024");
        assertThat(sum.claimedBudget().value()).isEqualByComparingTo("100");
        assertThat(sum.claimedBudget().at().a1()).isEqualTo("C5");
        assertThat(sum.claimedExecuted()).isNull();
        assertThat(sum.claimedGe90().value()).isEqualByComparingTo("1");
        assertThat(sum.claimed60to90().value()).isEqualByComparingTo("0");
        assertThat(sum.claimedLt60().at().a1()).isEqualTo("C8");
        assertThat(sum.rows()).singleElement().satisfies(r -> {
            assertThat(r.name().value()).isEqualTo("测试项目");
            assertThat(r.budget().at().a1()).isEqualTo("E10");
            assertThat(r.rate().value()).isEqualByComparingTo("0.862");
            assertThat(r.sheetRef().value()).isEqualTo("项目A");
        });
        assertThat(sum.totalRow().budget().value()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(s.forms()).hasSize(1);
        assertThat(s.readFindings()).isEmpty();
    }

    @Test
    void aBlankTemplateFormIsSkippedWithOneNote() throws Exception {
        Path dept = cn.ziping.write.Templates.write(dir.resolve("tpl"), false).get(0);
        Submission s = read(dept);
        assertThat(s.forms()).isEmpty();
        assertThat(s.summary()).isNotNull();
        assertThat(s.summary().rows()).isEmpty();
        assertThat(s.readFindings()).extracting(x -> x.code() + " " + x.cell()).containsExactly("R003 项目1!A2");
    }

    @Test
    void aTotalLabelMergedOverTheWeightColumnIsNoNumber() throws Exception {
        Object[][] rows = copy(TestBooks.standardForm());
        rows[18] = new Object[] {"总分", null, null, null, null, null, null, 96.62};
        Path file = new TestBooks().sheet("项目A", rows, "A19:G19").write(dir.resolve("merged-total.xlsx"));
        Submission s = read(file);
        assertThat(s.readFindings()).extracting(Finding::code).doesNotContain("R002");
        ProjectForm f = s.forms().get(0);
        assertThat(f.total().weight()).isNull();
        assertThat(f.total().score().value()).isEqualByComparingTo("96.62");
    }
}
