package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import cn.ziping.model.Finding;
import cn.ziping.golden.GoldenWorkbooks;
import cn.ziping.model.Severity;
import cn.ziping.template.Blanks;
import cn.ziping.template.SummaryContent;
import cn.ziping.write.TemplateWriter;
import cn.ziping.write.Templates;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forms nobody here wrote, read through {@link Evaluator#evaluate} (issue 6, reading items 3–6). */
class ReadingCorrectionsTest {

    @TempDir
    Path dir;

    static Object[][] with(Object[][] rows, int at, Object[]... inserted) {
        List<Object[]> list = new ArrayList<>(Arrays.asList(rows));
        list.addAll(at, Arrays.asList(inserted));
        return list.toArray(new Object[0][]);
    }

    static List<String> codesAt(Evaluation e) {
        return e.findings().stream().map(f -> f.cell() + " " + f.code()).toList();
    }

    @Test
    void aPlaceholderRowOfSlashesIsSkippedNotAnIndicatorWithoutWeight() throws Exception {
        Object[][] rows = with(TestBooks.standardForm(), 18, new Object[] {null, null, null, "指标1：", "/", "/", "/", "/", "/"});
        Path file = new TestBooks().sheet("项目A", rows).write(dir.resolve("slashes.xlsx"));
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("I012", "I007", "I009");
        assertThat(codesAt(e)).contains("项目A!D19 R003");
        assertThat(e.scores().get(0).indicators()).hasSize(5);
        assertThat(e.scores().get(0).total()).isEqualByComparingTo("96.62");
    }

    @Test
    void anActualWithAnOperatorIsTheTargetCopiedNotAMeasurement() throws Exception {
        Object[][] rows = TestBooks.standardForm();
        rows[13] = new Object[] {null, "产出指标", "数量指标", "培训人次", "≥50人次", "≥50人次", 30, 30};
        Path file = new TestBooks().sheet("项目A", rows).write(dir.resolve("operator.xlsx"));
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).filteredOn(f -> f.code().equals("I008")).singleElement()
                .satisfies(f -> {
                    assertThat(f.cell().toString()).isEqualTo("项目A!F14");
                    assertThat(f.message()).contains("≥50人次", "照抄");
                });
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("I003");
        assertThat(e.exitCode()).isEqualTo(1);
    }

    static Object[][] instructions() {
        return new Object[][] {
            {"项目支出绩效自评表填表说明"},
            {"序号", "栏目", "填写要求"},
            {1, "项目名称", "填写预算批复的项目全称，与汇总表一致"},
            {2, "年度资金总额", "填写年初预算数、全年预算数、全年执行数，单位为万元"},
            {3, "全年执行数", "填写截至12月31日的实际支出"},
            {4, "绩效指标", "三级指标分值合计 90 分，预算执行率 10 分"},
            {5, "三级指标", "与年初绩效目标一致"},
        };
    }

    @Test
    void anInstructionsSheetIsNotAForm() throws Exception {
        Path file = new TestBooks().sheet("填表说明", instructions()).sheet("项目A", TestBooks.standardForm())
                .write(dir.resolve("with-instructions.xlsx"));
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).extracting(f -> f.cell().sheet()).doesNotContain("填表说明");
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("R001");
        assertThat(e.scores()).hasSize(1);
        assertThat(e.scores().get(0).total()).isEqualByComparingTo("96.62");
        assertThat(e.exitCode()).isZero();
    }

    @Test
    void zipingsOwnBlankTemplateIsRecognisedAsBlank() throws Exception {
        Path blank = Path.of("workbook-templates", Templates.SINGLE);
        Evaluation e = Evaluator.evaluate(blank, Options.DEFAULT);
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("R003");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("空白自评表模板");
        });
        assertThat(e.exitCode()).isZero();
    }

    @Test
    void aListedProjectWhoseFormIsBlankIsOneErrorNamingIt() throws Exception {
        GoldenWorkbooks.Spec filled = new GoldenWorkbooks.Spec("项目1", "应急演练经费");
        List<SummaryContent.Row> rows = List.of(
                new SummaryContent.Row("应急演练经费", "县级", null, null, null, null, null, null, "否", "否", "项目1", null),
                new SummaryContent.Row("救灾物资采购", "县级", null, null, null, null, null, null, "否", "否", "项目2", null));
        Path file = dir.resolve("one-blank.xlsx");
        try (Workbook wb = TemplateWriter.department(new SummaryContent("某某区应急管理局", "2024", null, null, null, null,
                null, null, rows, 0), List.of(filled.content(), Blanks.form("项目2")))) {
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).filteredOn(f -> f.cell().sheet().equals("项目2") || f.message().contains("项目2"))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("D005");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message()).contains("救灾物资采购", "自评表未填写").doesNotContain("找不到");
                });
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("R003");
        assertThat(e.exitCode()).isEqualTo(1);
    }
}
