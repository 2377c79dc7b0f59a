package cn.ziping.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/**
 * Parses numbers typed as text (form.md §2.2 rule 8): full-width digits, thousands separators,
 * a trailing 万元, 元, % or 分.
 */
public final class Numbers {

    /** A parsed number and the unit its text carried (null when none). */
    public record Parsed(BigDecimal value, String unit) {
    }

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0,，]");
    private static final String[] UNITS = {"万元", "元", "%", "分"};

    private Numbers() {
    }

    /** A double from a cell, to 15 significant digits as Excel shows it. */
    public static BigDecimal fromDouble(double d) {
        if (d == 0) return BigDecimal.ZERO;
        BigDecimal b = new BigDecimal(d).round(MathContext.DECIMAL64).round(new MathContext(15));
        b = b.stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0) : b;
    }

    /**
     * The number in {@code text}, or null when the text is not one number (with at most a unit).
     * Callers check {@link Labels#isEmptyToken} first.
     */
    public static Parsed parse(String text) {
        if (text == null) return null;
        String s = NOISE.matcher(Labels.halfWidth(text)).replaceAll("");
        String unit = null;
        for (String u : UNITS) {
            if (s.endsWith(u)) {
                unit = u;
                s = s.substring(0, s.length() - u.length());
                break;
            }
        }
        if (!NUMBER.matcher(s).matches()) return null;
        BigDecimal v = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
        return new Parsed(v, unit);
    }

    /** Plain text of a number without trailing zeros: 67805.2, 10, 0.862. */
    public static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
