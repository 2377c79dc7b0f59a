package cn.ziping.score;

import cn.ziping.model.Operator;
import java.math.BigDecimal;

/** The published formulas of scoring.md, each a pure function of BigDecimals. */
public final class Scoring {

    private static final BigDecimal EIGHTY = new BigDecimal("0.8");
    private static final BigDecimal SIXTY = new BigDecimal("0.6");
    private static final BigDecimal TWO = new BigDecimal(2);

    private Scoring() {
    }

    /** 执行率 in percent, 2 decimals: B ÷ A × 100; A = 0 gives 0 (scoring.md §2). */
    public static BigDecimal ratePercent(BigDecimal budget, BigDecimal executed) {
        if (budget == null || budget.signum() == 0 || executed == null) return Money.round2(BigDecimal.ZERO);
        return Money.round2(Money.divide(executed, budget).multiply(Money.HUNDRED));
    }

    /**
     * Execution score from the rounded percentage (as the system does): national
     * 10 × min(1, rate); 湖北 the same with 20; 江西 stepwise 10/7/5/0.
     */
    public static BigDecimal executionScore(Profile p, BigDecimal ratePercent) {
        if (p.execution() == Profile.ExecutionRule.STEPWISE) {
            int step = ratePercent.compareTo(Money.HUNDRED) >= 0 ? 10
                    : ratePercent.compareTo(new BigDecimal(80)) >= 0 ? 7
                    : ratePercent.compareTo(new BigDecimal(60)) >= 0 ? 5 : 0;
            return Money.round2(new BigDecimal(step));
        }
        BigDecimal fraction = ratePercent.divide(Money.HUNDRED).min(BigDecimal.ONE).max(BigDecimal.ZERO);
        return Money.round2(p.executionWeight().multiply(fraction));
    }

    /** A quantitative indicator's score (scoring.md §3); {@code x} already non-negative and in t's unit. */
    public static BigDecimal quantitative(Profile p, Operator op, BigDecimal t, BigDecimal x, BigDecimal w) {
        BigDecimal full = Money.round2(w);
        if (op == Operator.EQ && t.signum() == 0) {
            return x.signum() <= 0 ? full : Money.round2(BigDecimal.ZERO);
        }
        if (op.isReverse()) {
            if (x.compareTo(t) <= 0) return full;
            if (t.signum() == 0) return Money.round2(BigDecimal.ZERO);
            if (p.reverse() == Profile.ReverseRule.RATIO) return Money.round2(Money.divide(t, x).multiply(w));
            if (x.compareTo(t.multiply(TWO)) >= 0) return Money.round2(BigDecimal.ZERO);
            BigDecimal share = BigDecimal.ONE.subtract(Money.divide(x.subtract(t), t));
            return Money.round2(share.multiply(w));
        }
        if (x.compareTo(t) >= 0 || t.signum() <= 0) return full;
        return Money.round2(Money.divide(x, t).multiply(w));
    }

    /** The lowest score a grade allows, inclusive. */
    public static BigDecimal bandLow(Grade g, BigDecimal w) {
        return switch (g) {
            case ACHIEVED -> Money.round2(w.multiply(EIGHTY));
            case PARTLY -> Money.round2(w.multiply(SIXTY));
            case MISSED -> Money.round2(BigDecimal.ZERO);
        };
    }

    /** The highest score a grade allows: inclusive for 达成 (w), exclusive for the others. */
    public static BigDecimal bandHigh(Grade g, BigDecimal w) {
        return switch (g) {
            case ACHIEVED -> Money.round2(w);
            case PARTLY -> Money.round2(w.multiply(EIGHTY));
            case MISSED -> Money.round2(w.multiply(SIXTY));
        };
    }

    public static boolean inBand(Grade g, BigDecimal w, BigDecimal s) {
        if (s.compareTo(bandLow(g, w)) < 0) return false;
        int high = s.compareTo(bandHigh(g, w));
        return g == Grade.ACHIEVED ? high <= 0 : high < 0;
    }

    /** 优/良/中/差 under the profile's bands (scoring.md §5). */
    public static String grade(Profile p, BigDecimal total) {
        if (total.compareTo(p.excellent()) >= 0) return "优";
        if (total.compareTo(p.good()) >= 0) return "良";
        if (total.compareTo(p.pass()) >= 0) return "中";
        return "差";
    }

    /** The report bands of the seed report: 0 = ≥90, 1 = 60–&lt;90, 2 = &lt;60. */
    public static int reportBand(BigDecimal total) {
        if (total.compareTo(new BigDecimal(90)) >= 0) return 0;
        return total.compareTo(new BigDecimal(60)) >= 0 ? 1 : 2;
    }
}
