package cn.ziping.read;

import cn.ziping.model.Operator;
import cn.ziping.model.Target;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a 年度指标值 into operator, number and unit (form.md §2.2 rule 6, scoring.md §3).
 * {@code ≥50个} → (≥, 50, 个); {@code 100%} → (≥ assumed, 100, %); under 成本指标 a bare number
 * is ≤. A date or deadline ({@code 2024年12月底前}) and a text with no number are qualitative.
 */
public final class TargetParser {

    private static final Pattern NUM = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<![\\d.])(19|20)\\d{2}\\s*年|(?<![\\d.])\\d{1,2}\\s*月(?!\\d*人)|(?<![\\d.])(19|20)\\d{2}[-/](0?[1-9]|1[0-2])(?!\\d)"
                    + "|月底|年底|日前|月前|之前|以前");

    private static final Pattern NOISE = Pattern.compile("[\\s,，]");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final String[][] WORDS = {
        {"≥", "GE"}, {">=", "GE"}, {"≧", "GE"}, {"大于等于", "GE"}, {"不少于", "GE"}, {"不低于", "GE"},
        {"至少", "GE"}, {"达到", "GE"}, {"≤", "LE"}, {"<=", "LE"}, {"≦", "LE"}, {"小于等于", "LE"},
        {"不超过", "LE"}, {"不高于", "LE"}, {"不多于", "LE"}, {"控制在", "LE"}, {">", "GT"}, {"大于", "GT"},
        {"高于", "GT"}, {"超过", "GT"}, {"<", "LT"}, {"小于", "LT"}, {"低于", "LT"}, {"=", "EQ"},
        {"等于", "EQ"},
    };

    private TargetParser() {
    }

    public static Target parse(String raw, boolean costIndicator) {
        if (raw == null || Labels.isEmptyToken(raw)) return null;
        String s = NOISE.matcher(Labels.halfWidth(raw)).replaceAll("");
        Operator op = null;
        String rest = s;
        for (String[] w : WORDS) {
            if (s.startsWith(w[0])) {
                op = Operator.valueOf(w[1]);
                rest = s.substring(w[0].length());
                break;
            }
        }
        Matcher m = NUM.matcher(rest);
        if (!m.find()) {
            return new Target(raw, op, null, null, false, false);
        }
        if (DEADLINE.matcher(rest).find()) {
            return new Target(raw, op, null, null, false, true);
        }
        String before = rest.substring(0, m.start());
        String unit = rest.substring(m.end());
        if (unit.endsWith("以上") || unit.endsWith("以内") || unit.endsWith("以下")) {
            if (op == null) op = unit.endsWith("以上") ? Operator.GE : Operator.LE;
            unit = unit.substring(0, unit.length() - 2);
        }
        // "完成率100%", "共40人": leading words are part of the label, not of the value.
        if (!before.isEmpty() && HAS_DIGIT.matcher(before).find()) {
            return new Target(raw, op, null, null, false, false);
        }
        boolean assumed = op == null;
        if (assumed) op = costIndicator ? Operator.LE : Operator.GE;
        if (unit.equals("百分比")) unit = "%";
        return new Target(raw, op, new BigDecimal(m.group()), unit, assumed, false);
    }
}
