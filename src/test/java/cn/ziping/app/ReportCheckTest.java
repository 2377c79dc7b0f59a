package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.check.Context;
import cn.ziping.check.ReportComparison;
import cn.ziping.model.Finding;
import cn.ziping.model.Narrative;
import cn.ziping.read.OpenWorkbook;
import cn.ziping.read.ReportReader;
import cn.ziping.read.WorkbookReader;
import cn.ziping.score.Profile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed report (the department's own, published) against the example workbook built from it. */
class ReportCheckTest {

    static final Path SEED = Path.of("src/test/resources/report/seed-report.txt");

    static ReportComparison.Result compare(Path workbook, Narrative report) throws Exception {
        try (OpenWorkbook open = OpenWorkbook.open(workbook)) {
            return ReportComparison.compare(new Context(WorkbookReader.read(open), Profile.NATIONAL, report), report);
        }
    }

    @Test
    void seedAgainstExampleGivesExactlyTheTotalAndAgreesOnCountsAndProjects() throws Exception {
        Evaluation e = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT.withReport(SEED));
        assertThat(e.error()).isNull();
        // The report adds exactly one finding to the workbook's own, and changes none of them.
        List<Finding> without = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT).findings();
        assertThat(e.findings().stream().filter(f -> !f.code().equals("N001")).toList()).isEqualTo(without);
        List<Finding> n001s = e.findings().stream().filter(f -> f.code().equals("N001")).toList();
        assertThat(n001s).extracting(f -> f.cell().toString()).containsExactly("报告!P4");
        Finding n001 = n001s.get(0);
        assertThat(n001.message()).contains("第 4 段", "2024年预算项目支出总计1851.72万元", "1851.72 万元", "69650.14 万元",
                "“购买消防特种车辆保险费用”写作 67805.20元", "6.78052 万元", "正与报告一致");
        assertThat(n001.expected()).isEqualTo("69650.14");

        List<String> agreed = compare(ExampleTest.EXAMPLE, ReportReader.read(SEED)).agreed();
        assertThat(agreed).contains("自评得分90分以上的项目 22 个", "自评得分60至90分的项目 0 个", "自评得分60分以下的项目 3 个",
                "项目个数 25 个（各分数段之和）");
        // The 17 projects whose amount the report writes in 万元 all agree; the one in 元 is the workbook's slip.
        List<String> amounts = agreed.stream().filter(a -> a.startsWith("金额：")).toList();
        assertThat(amounts).hasSize(17).contains("金额：2024年度政策性农房保险服务项目", "金额：2024年防汛应急演练费用",
                "金额：河北省保定市基层防灾工程国债项目县级配套", "金额：2023年度森林草原消防大队基本运转经费",
                "金额：森林草原消防大队基本运转经费").doesNotContain("金额：购买消防特种车辆保险费用");
    }

    @Test
    void withoutAReportThereIsNoN001() {
        Evaluation e = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT);
        assertThat(e.findings()).noneMatch(f -> f.code().equals("N001"));
    }

    @Test
    void anUnreadableReportIsOneChineseSentence() {
        Evaluation e = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT.withReport(Path.of("没有这个报告.docx")));
        assertThat(e.error()).contains("找不到报告文件");
        assertThat(e.exitCode()).isEqualTo(3);
    }
}
