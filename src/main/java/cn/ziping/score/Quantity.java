package cn.ziping.score;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 实际完成值 read as number and unit ({@code 48人} → 48, 人), and unit conversion between
 * actual and target (scoring.md §3: 万元/元 differ by 10⁴, % and 百分比 are the same).
 */
public record Quantity(BigDecimal number, String unit) {

    private static final Pattern P = Pattern.compile("^(?:约|共|完成|实际)?(-?\\d+(?:\\.\\d+)?)(.*)$");
    /** A comparison, as symbol or words: an actual carrying one is the target copied (form.md §2.2 rule 7a). */
    private static final Pattern OPERATOR = Pattern.compile(
            "^(?:约|共|完成|实际)?(?:[≥≤≧≦><=]|大于|小于|不少于|不低于|不超过|不高于|不多于|不小于|不大于|至少)"
                    + "|(?:以上|以下|以内)$");

    /** The number in an actual value, or null when it holds none (I008). */
    public static Quantity parse(String text) {
        if (text == null) return null;
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            if (!Character.isWhitespace(ch) && ch != ',' && ch != '，') b.append(ch);
        }
        if (hasOperator(b.toString())) return null;
        Matcher m = P.matcher(b.toString());
        if (!m.matches()) return null;
        String unit = m.group(2);
        if (unit.matches(".*\\d.*")) return null;
        if (unit.equals("百分比")) unit = "%";
        return new Quantity(new BigDecimal(m.group(1)), unit);
    }

    /** Does this 实际完成值 carry a comparison ({@code ≥266米}, {@code 不少于50人}, {@code 95%以上})? */
    public static boolean hasOperator(String text) {
        if (text == null) return false;
        StringBuilder b = new StringBuilder();
        for (char ch : text.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            if (!Character.isWhitespace(ch)) b.append(ch);
        }
        return OPERATOR.matcher(b).find();
    }

    /**
     * This quantity in the target's unit; null when the units cannot be compared. An actual with
     * no unit takes the target's.
     */
    public BigDecimal in(String targetUnit) {
        String t = targetUnit == null ? "" : targetUnit;
        if (unit.isEmpty() || unit.equals(t)) return number;
        if (unit.equals("元") && t.equals("万元")) return Money.divide(number, Money.TEN_THOUSAND);
        if (unit.equals("万元") && t.equals("元")) return number.multiply(Money.TEN_THOUSAND);
        if (t.isEmpty()) return number;
        return null;
    }
}
