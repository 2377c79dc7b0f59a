package cn.ziping.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.check.ReportFigures.Kind;
import cn.ziping.check.ReportFigures.Stated;
import cn.ziping.model.Narrative;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How N001 finds names and figures in report text, on strings (no workbook). */
class ReportFiguresTest {

    static final List<String> NAMES = List.of("2024年度政策性农房保险服务项目", "森林草原消防大队基本运转经费",
            "2023年度森林草原消防大队基本运转经费", "应急演练经费");
    static final ProjectNames PROJECTS = new ProjectNames(NAMES);

    static List<Integer> named(String text) {
        return PROJECTS.find(text).stream().map(ProjectNames.Mention::project).toList();
    }

    static List<Stated> figures(String... paragraphs) {
        return ReportFigures.find(new Narrative("t.txt", List.of(paragraphs)), PROJECTS);
    }

    @Test
    void namesAreMatchedTolerantlyButNeverConfused() {
        assertThat(named("2023年度森林草原消防大队基本运转经费：")).containsExactly(2);
        assertThat(named("森林草原消防大队基本运转经费：")).containsExactly(1);
        assertThat(named("《政策性农房保险服务项目》和“2024年度政策性农房保险”")).containsExactly(0, 0);
        assertThat(named("应急演练：")).containsExactly(3);
        // A document title that only contains a project's words is not the project.
        assertThat(named("《河北省应急管理厅关于进一步规范全省政策性农房保险工作的通知》")).isEmpty();
        // "森林草原消防大队基本运转" is shared by two projects and is the full name of neither.
        assertThat(named("森林草原消防大队基本运转支出")).isEmpty();
    }

    @Test
    void statisticsAndTheirVariants() {
        List<Stated> s = figures("2024年预算项目支出总计1,851.72万元，共25个项目，自评得分 90分（含）以上的22个，得分60-90分之间的0个，60分以下3个(结转项目）。",
                "其中结转项目3个。抽查项目3个。");
        assertThat(s).extracting(Stated::kind).containsExactly(Kind.BUDGET_TOTAL, Kind.COUNT, Kind.GE90, Kind.FROM60TO90,
                Kind.LT60, Kind.CARRY_OVER);
        assertThat(s.get(0).value()).isEqualByComparingTo("1851.72");
        assertThat(s.get(2).value()).isEqualByComparingTo("22");
        assertThat(s.get(5).paragraph()).isEqualTo(2);
    }

    @Test
    void projectFiguresFollowTheirNameAndPerUnitAmountsAreSkipped() {
        List<Stated> s = figures("应急演练经费：投保金额每户9元，单价4000元/辆，项目资金1.2亿元，执行率为95.5%，自评得分90分以上，"
                + "自评得分98分，评价结果为“良”。2024年度政策性农房保险服务项目：资金37.2万元。");
        assertThat(s).extracting(Stated::kind).containsExactly(Kind.AMOUNT, Kind.RATE, Kind.SCORE, Kind.GRADE, Kind.AMOUNT);
        assertThat(s.get(0).value()).isEqualByComparingTo("12000");
        assertThat(s.get(0).project()).isEqualTo(3);
        assertThat(s.get(0).strong()).isTrue();
        assertThat(s.get(1).value()).isEqualByComparingTo("95.5");
        assertThat(s.get(2).value()).isEqualByComparingTo("98");
        assertThat(s.get(3).grade()).isEqualTo("良");
        assertThat(s.get(4).project()).isZero();
        assertThat(s.get(4).quote()).startsWith("2024年度政策性农房保险服务项目：资金37.2万元");
    }

    @Test
    void aFigureAgreesWhenItIsTheComputedValueRoundedAsWritten() {
        assertThat(ReportComparison.agrees(new BigDecimal("7.8"), "7.8", "万元", new BigDecimal("7.80494"))).isTrue();
        assertThat(ReportComparison.agrees(new BigDecimal("7.9"), "7.9", "万元", new BigDecimal("7.80494"))).isFalse();
        assertThat(ReportComparison.agrees(new BigDecimal("6.78052"), "67805.20", "元", new BigDecimal("6.78052"))).isTrue();
        assertThat(ReportComparison.agrees(new BigDecimal("6.7805"), "67805", "元", new BigDecimal("6.78052"))).isTrue();
        assertThat(ReportComparison.agrees(new BigDecimal("6.7806"), "67806", "元", new BigDecimal("6.78052"))).isFalse();
        assertThat(ReportComparison.agrees(new BigDecimal("100"), "100", null, new BigDecimal("100.00"))).isTrue();
    }
}
