package cn.ziping.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy (scoring.md §6): money, rates and scores are BigDecimal rounded
 * HALF_UP to 2 decimals; a typed value equals a computed one within 0.01.
 */
public final class Money {

    public static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    public static final BigDecimal HUNDRED = new BigDecimal(100);
    public static final BigDecimal TEN_THOUSAND = new BigDecimal(10000);

    private Money() {
    }

    public static BigDecimal round2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** a ÷ b kept exact enough for any later rounding (10 decimals). */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, 10, RoundingMode.HALF_UP);
    }

    public static boolean equal(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(TOLERANCE) <= 0;
    }

    /** Two decimals for messages: 86.20, 1851.72. */
    public static String fmt(BigDecimal v) {
        return round2(v).toPlainString();
    }

    /** As typed, without trailing zeros: 67805.2, 7.80494. */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** A number of decimals shown for amounts: 2, or as many as typed up to 6. */
    public static String amount(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 2 ? round2(v).toPlainString() : s.setScale(Math.min(s.scale(), 6), RoundingMode.HALF_UP).toPlainString();
    }
}
