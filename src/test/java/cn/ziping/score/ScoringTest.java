package cn.ziping.score;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.model.Operator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The formulas of scoring.md at their boundaries. */
class ScoringTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @ParameterizedTest(name = "A={0} B={1} → {2}% score {3}")
    @CsvSource({"43.20, 37.24, 86.20, 8.62", "100, 100, 100.00, 10.00", "100, 104.6, 104.60, 10.00",
        "0, 5, 0.00, 0.00", "3, 1, 33.33, 3.33", "1.47094, 0.809017, 55.00, 5.50"})
    void nationalExecution(String a, String b, String rate, String score) {
        BigDecimal r = Scoring.ratePercent(d(a), d(b));
        assertThat(r).isEqualByComparingTo(rate);
        assertThat(Scoring.executionScore(Profile.NATIONAL, r)).isEqualByComparingTo(score);
        assertThat(r.scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "江西 {0}% → {1}")
    @CsvSource({"100, 10", "99.99, 7", "80, 7", "79.99, 5", "60, 5", "59.99, 0", "0, 0"})
    void jiangxiStepwise(String rate, String score) {
        assertThat(Scoring.executionScore(Profile.JIANGXI, d(rate))).isEqualByComparingTo(score);
    }

    @Test
    void hubeiWeightTwenty() {
        assertThat(Scoring.executionScore(Profile.HUBEI, d("86.20"))).isEqualByComparingTo("17.24");
        assertThat(Profile.HUBEI.indicatorWeight()).isEqualByComparingTo("80");
    }

    @ParameterizedTest(name = "{0} t={1} x={2} w={3} → {4}")
    @CsvSource({
        "GE, 50, 50, 20, 20.00", "GE, 50, 45, 20, 18.00", "GE, 50, 100, 20, 20.00", "GT, 3, 1, 10, 3.33",
        "EQ, 0, 0, 10, 10.00", "EQ, 0, 1, 10, 0.00", "EQ, 100, 95, 10, 9.50", "EQ, 100, 120, 10, 10.00",
        "LE, 100, 100, 10, 10.00", "LE, 100, 150, 10, 5.00", "LE, 100, 200, 10, 0.00", "LE, 100, 199.99, 10, 0.00",
        "LT, 100, 120, 10, 8.00", "LE, 0, 1, 10, 0.00"})
    void quantitative(Operator op, String t, String x, String w, String expected) {
        assertThat(Scoring.quantitative(Profile.NATIONAL, op, d(t), d(x), d(w))).isEqualByComparingTo(expected);
    }

    @Test
    void reverseRatioProfile() {
        assertThat(Scoring.quantitative(Profile.REVERSE_RATIO, Operator.LE, d("100"), d("200"), d("10")))
                .isEqualByComparingTo("5.00");
        assertThat(Scoring.quantitative(Profile.REVERSE_RATIO, Operator.LE, d("100"), d("90"), d("10")))
                .isEqualByComparingTo("10.00");
    }

    @ParameterizedTest(name = "{0} w={1} s={2} → {3}")
    @CsvSource({"ACHIEVED, 20, 16, true", "ACHIEVED, 20, 15.99, false", "ACHIEVED, 20, 20, true",
        "PARTLY, 20, 16, false", "PARTLY, 20, 15.99, true", "PARTLY, 20, 12, true", "PARTLY, 20, 11.99, false",
        "MISSED, 20, 12, false", "MISSED, 20, 11.99, true", "MISSED, 20, 0, true", "ACHIEVED, 7, 5.6, true",
        "PARTLY, 7, 4.2, true", "PARTLY, 7, 4.19, false"})
    void qualitativeBandEdges(Grade g, String w, String s, boolean in) {
        assertThat(Scoring.inBand(g, d(w), d(s))).isEqualTo(in);
    }

    @ParameterizedTest(name = "{0} → {1} / 80-70-60 {2}")
    @CsvSource({"90, 优, 优", "89.99, 良, 优", "80, 良, 优", "79.99, 中, 良", "70, 中, 良", "60, 中, 中", "59.99, 差, 差"})
    void grades(String total, String national, String variant) {
        assertThat(Scoring.grade(Profile.NATIONAL, d(total))).isEqualTo(national);
        assertThat(Scoring.grade(Profile.GRADES_80_70_60, d(total))).isEqualTo(variant);
    }

    @Test
    void reportBands() {
        assertThat(Scoring.reportBand(d("90"))).isZero();
        assertThat(Scoring.reportBand(d("89.99"))).isEqualTo(1);
        assertThat(Scoring.reportBand(d("60"))).isEqualTo(1);
        assertThat(Scoring.reportBand(d("59.99"))).isEqualTo(2);
    }

    @Test
    void gradeWords() {
        assertThat(Grade.of("达成")).isEqualTo(Grade.ACHIEVED);
        assertThat(Grade.of("已完成")).isEqualTo(Grade.ACHIEVED);
        assertThat(Grade.of("基本完成")).isEqualTo(Grade.PARTLY);
        assertThat(Grade.of("未达到")).isEqualTo(Grade.MISSED);
        assertThat(Grade.of("效果良好")).isNull();
    }

    @Test
    void quantitiesAndUnits() {
        Quantity q = Quantity.parse("48人");
        assertThat(q.number()).isEqualByComparingTo("48");
        assertThat(q.unit()).isEqualTo("人");
        assertThat(Quantity.parse("67805.20元").in("万元")).isEqualByComparingTo("6.78052");
        assertThat(Quantity.parse("1.5万元").in("元")).isEqualByComparingTo("15000");
        assertThat(Quantity.parse("50").in("个")).isEqualByComparingTo("50");
        assertThat(Quantity.parse("50人").in("个")).isNull();
        assertThat(Quantity.parse("已完成")).isNull();
        assertThat(Quantity.parse("９８％").in("%")).isEqualByComparingTo("98");
    }
}
