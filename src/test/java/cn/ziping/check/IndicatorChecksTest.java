package cn.ziping.check;

import static cn.ziping.check.CheckTestSupport.error;
import static cn.ziping.check.CheckTestSupport.fires;
import static cn.ziping.check.CheckTestSupport.info;
import static cn.ziping.check.CheckTestSupport.run;
import static cn.ziping.check.CheckTestSupport.silent;
import static cn.ziping.check.CheckTestSupport.warning;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorChecksTest {

    static Context ctx(Model m) {
        return Model.context(m.build());
    }

    @Test
    void i001ScoreAboveWeightOrNegative() {
        fires(new I001ScoreOutOfRange(), ctx(new Model().set(4, 6, "25")), error("H18"));
        fires(new I001ScoreOutOfRange(), ctx(new Model().set(4, 6, "-1")), error("H18"));
        silent(new I001ScoreOutOfRange(), ctx(new Model()));
    }

    @Test
    void i002ShortfallWithoutReason() {
        fires(new I002MissingReason(), ctx(new Model().set(4, 6, "18")), error("I18"));
        silent(new I002MissingReason(), ctx(new Model().set(4, 6, "18").set(4, 7, "部分学员未通过考核")));
    }

    @Test
    void i003QuantitativeScoreAgainstFormula() {
        Model m = new Model().set(0, 4, "45人次").set(0, 7, "部分学员请假");
        fires(new I003QuantitativeScore(), ctx(m), error("H14"));
        assertThat(run(new I003QuantitativeScore(), ctx(m)).get(0).expected()).isEqualTo("18.00");
        silent(new I003QuantitativeScore(), ctx(m.set(0, 6, "18")));
        fires(new I003QuantitativeScore(), ctx(new Model().set(0, 4, "44.6人次").set(0, 6, "18").set(0, 7, "x")), info("H14"));
        silent(new I003QuantitativeScore(), ctx(new Model().set(0, 6, null)));
    }

    @Test
    void i004TargetSetTooLow() {
        fires(new I004TargetTooLow(), ctx(new Model().set(0, 4, "80人次")), warning("F14"));
        silent(new I004TargetTooLow(), ctx(new Model().set(0, 4, "59人次")));
        silent(new I004TargetTooLow(), ctx(new Model().set(0, 4, "80人次").set(0, 7, "需求激增")));
    }

    @Test
    void i005QualitativeBand() {
        Model m = new Model().set(4, 4, "部分达成年度指标并具有一定效果").set(4, 6, "18").set(4, 7, "x");
        fires(new I005QualitativeBand(), ctx(m), error("H18"));
        silent(new I005QualitativeBand(), ctx(m.set(4, 6, "12")));
        silent(new I005QualitativeBand(), ctx(new Model().set(4, 6, "16").set(4, 7, "x")));
        fires(new I005QualitativeBand(), ctx(new Model().set(4, 6, "15.99").set(4, 7, "x")), error("H18"));
    }

    @Test
    void i006UnknownGrade() {
        fires(new I006UnknownGrade(), ctx(new Model().set(4, 4, "效果良好")), warning("F18"));
        silent(new I006UnknownGrade(), ctx(new Model().set(4, 4, "基本完成").set(4, 6, "12").set(4, 7, "x")));
    }

    @Test
    void i007ActualMissing() {
        fires(new I007MissingActual(), ctx(new Model().set(4, 4, "")), error("F18"));
        silent(new I007MissingActual(), ctx(new Model()));
    }

    @Test
    void i008QuantitativeActualNotANumber() {
        fires(new I008ActualNotNumber(), ctx(new Model().set(0, 4, "已完成")), error("F14"));
        silent(new I008ActualNotNumber(), ctx(new Model()));
    }

    @Test
    void i009WeightsDoNotAddUp() {
        fires(new I009WeightTotals(), ctx(new Model().set(1, 5, "5").set(1, 6, "5")), error("A13"));
        Model total = new Model();
        total.totalWeight = "90";
        fires(new I009WeightTotals(), ctx(total), error("G21"));
        silent(new I009WeightTotals(), ctx(new Model()));
    }

    @Test
    void i010PrintedParentWeight() {
        Model m = new Model();
        m.printed.put("产出指标", "40");
        fires(new I010PrintedParentWeight(), ctx(m), error("B14"));
        Model ok = new Model();
        ok.printed.put("产出指标", "50");
        silent(new I010PrintedParentWeight(), ctx(ok));
    }

    @Test
    void i011CustomarySplit() {
        fires(new I011CustomarySplit(), ctx(new Model().set(0, 5, "30").set(0, 6, "30").set(4, 5, "10").set(4, 6, "10")),
                warning("A13"));
        silent(new I011CustomarySplit(), ctx(new Model()));
    }

    @Test
    void i012ZeroWeightOrMissingCategory() {
        fires(new I012WeightOrCategory(), ctx(new Model().ind("产出指标", "数量指标", "其他", "≥1个", "1个", "0", "0", "")),
                warning("G21"));
        Model none = new Model();
        none.indicators.remove(6);
        fires(new I012WeightOrCategory(), ctx(none), warning("A13"));
        silent(new I012WeightOrCategory(), ctx(new Model()));
    }

    @Test
    void i013NegativeActual() {
        fires(new I013NegativeActual(), ctx(new Model().set(0, 4, "-5人次").set(0, 6, "0").set(0, 7, "x")), warning("F14"));
        silent(new I013NegativeActual(), ctx(new Model()));
    }

    @Test
    void i014OutputTargetNotMeasurable() {
        fires(new I014NotMeasurable(), ctx(new Model().set(1, 3, "效果明显").set(1, 4, "达成年度指标")), warning("E15"));
        silent(new I014NotMeasurable(), ctx(new Model()));
    }

    @Test
    void i015UnitsDiffer() {
        fires(new I015UnitMismatch(), ctx(new Model().set(0, 4, "50人")), warning("F14"));
        silent(new I015UnitMismatch(), ctx(new Model().set(0, 4, "50")));
    }

    @Test
    void i016SatisfactionWithoutSurvey() {
        Model m = new Model();
        m.goalActual = "完成培训50人次";
        fires(new I016SatisfactionBasis(), ctx(m), info("F20"));
        silent(new I016SatisfactionBasis(), ctx(new Model()));
    }
}
