package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Indicator;
import cn.ziping.model.ProjectForm;
import cn.ziping.golden.ExportWorkbook;
import cn.ziping.template.SummaryContent;
import cn.ziping.write.TemplateWriter;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** The 一体化 system's own export (form.md §2.3), read whole through {@link Evaluator#evaluate}. */
class ExportLayoutTest {

    static final Path EXPORT = Path.of("src/test/resources/golden/R-export.xlsx");

    @Test
    void readsEveryPartOfTheExport() {
        Evaluation e = Evaluator.evaluate(EXPORT, Options.DEFAULT);
        ProjectForm f = e.submission().forms().get(0);
        assertThat(f.sheet()).isEqualTo("一体化导出");
        assertThat(f.year().value()).isEqualTo("2023");
        assertThat(f.name().value()).isEqualTo("教学楼改造");
        assertThat(f.code()).isEqualTo("51000021R000000019951");
        assertThat(f.unit().value()).isEqualTo("某某县第一中学");
        assertThat(f.goalExpected().value()).startsWith("完成教学楼改造266平方米");
        assertThat(f.goalActual().value()).startsWith("完成改造266平方米");
        assertThat(f.funds()).extracting(FundRow::kind).containsExactly(FundKind.TOTAL, FundKind.FISCAL,
                FundKind.SPECIAL_ACCOUNT, FundKind.UNIT, FundKind.OTHER);
        FundRow total = f.fund(FundKind.TOTAL).orElseThrow();
        assertThat(total.initial().value()).isEqualByComparingTo("120");
        assertThat(total.rate().value()).isEqualByComparingTo("1");
        assertThat(f.fund(FundKind.UNIT).orElseThrow().rate().value()).isEqualByComparingTo("1");
        assertThat(f.ratePerRow()).isTrue();
        assertThat(f.indicators()).hasSize(7).extracting(i -> i.name().value()).doesNotContain("评价结论", "存在问题", "改进措施");
        Indicator area = f.indicators().get(0);
        assertThat(area.targetText().value()).isEqualTo("≥266平方米");
        assertThat(area.target().number()).isEqualByComparingTo("266");
        assertThat(area.target().unit()).isEqualTo("平方米");
        Indicator cost = f.indicators().get(3);
        assertThat(cost.targetText().value()).isEqualTo("≤4500元/平方米");
        assertThat(f.indicators().get(2).target().isQuantitative()).isFalse();
        assertThat(f.total().weight().value()).isEqualByComparingTo("100");
        assertThat(f.total().score().at().a1()).isEqualTo("J23");
        var score = e.scores().get(0);
        assertThat(score.initial()).isEqualByComparingTo("120");
        assertThat(score.ratePercent()).isEqualByComparingTo("100");
        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.grade()).isEqualTo("优");
        assertThat(e.findings()).filteredOn(x -> x.cell().sheet().equals("一体化导出"))
                .extracting(x -> x.code()).containsExactly("R005");
    }

    @TempDir
    Path dir;

    @Test
    void aSummaryRowWithTheCodedNameFindsTheExportForm() throws Exception {
        List<SummaryContent.Row> rows = List.of(new SummaryContent.Row("51000021R000000019951-教学楼改造", "县级",
                new BigDecimal(120), new BigDecimal(120), new BigDecimal(120), BigDecimal.ONE, new BigDecimal(100), "优",
                "否", "否", null, null));
        Path file = dir.resolve("department-export.xlsx");
        try (Workbook wb = TemplateWriter.department(new SummaryContent("某某县教育局", "2023", BigDecimal.ONE,
                new BigDecimal(120), new BigDecimal(120), BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, rows, 0), List.of())) {
            ExportWorkbook.form(wb, "教学楼改造", sh -> { });
            XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).extracting(x -> x.cell() + " " + x.code()).isEmpty();
        assertThat(e.department().bands()).containsExactly(1, 0, 0);
    }

    @Test
    void anOperatorWrittenAsWordsIn指标性质IsTheOperator() throws Exception {
        Path file = dir.resolve("words.xlsx");
        try (Workbook wb = new XSSFWorkbook()) {
            ExportWorkbook.form(wb, "教学楼改造", sh -> {
                sh.getRow(20).getCell(4).setCellValue("大于等于");
                sh.getRow(18).getCell(4).setCellValue("反向指标");
            });
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        ProjectForm f = e.submission().forms().get(0);
        assertThat(f.indicators().get(5).targetText().value()).isEqualTo("≥20年");
        assertThat(f.indicators().get(3).targetText().value()).isEqualTo("≤4500元/平方米");
        assertThat(e.findings()).isEmpty();
    }
}
