package cn.ziping.read;

import cn.ziping.model.Target;
import cn.ziping.model.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the 一体化 system's own export (form.md §2.3) says differently from the standard form:
 * a project code before the name, the operator and the unit of a target in their own columns
 * (指标性质, 度量单位), and the goals under 项目年度目标 / 年度目标完成情况.
 */
final class ExportLayout {

    /** {@code 51000021R000000019951-工资性支出}: a code of letters and digits, a hyphen, the name. */
    private static final Pattern CODED_NAME = Pattern.compile("^([0-9A-Za-z]{8,})\\s*[-－—_]\\s*(\\S.*)$");
    private static final Pattern OPERATOR = Pattern.compile("^(≥|≤|>=|<=|>|<|=|＞|＜|＝|≧|≦)$");

    private ExportLayout() {
    }

    /** {code, name} when the name starts with a project code, else null. */
    static String[] splitCode(String name) {
        if (name == null) return null;
        Matcher m = CODED_NAME.matcher(name.strip());
        return m.matches() ? new String[] {m.group(1), m.group(2).strip()} : null;
    }

    /** Is this 指标性质 “定性” (qualitative), whatever the 指标值 column holds? */
    static boolean qualitative(Text nature) {
        return nature != null && Labels.norm(nature.value()).startsWith("定性");
    }

    /**
     * The target as the standard form writes it, from 指标性质 (the operator), 指标值 and 度量单位:
     * (≥, 266, 米) → {@code ≥266米}, at the 指标值 cell. A 定性 target keeps its 指标值 text.
     */
    static Text target(Text nature, Text value, Text unit) {
        if (value == null || value.isBlank() || qualitative(nature)) return value;
        String op = operator(nature == null ? "" : Labels.norm(nature.value()));
        String v = value.value().strip();
        StringBuilder b = new StringBuilder();
        if (op != null && !startsWithOperator(v)) b.append(op);
        b.append(v);
        String u = unit == null ? "" : unit.value().strip();
        if (!u.isEmpty() && !v.endsWith(u)) b.append(u);
        return new Text(b.toString(), value.at());
    }

    /** 指标性质 as an operator symbol: {@code ≥}, {@code >=}, {@code 大于等于}, {@code 正向} → ≥; null when none. */
    static String operator(String nature) {
        if (OPERATOR.matcher(nature).matches()) return Labels.halfWidth(nature).replace(">=", "≥").replace("<=", "≤");
        return switch (nature) {
            case "大于等于", "不低于", "不少于", "正向", "正向指标" -> "≥";
            case "小于等于", "不高于", "不超过", "反向", "反向指标" -> "≤";
            case "大于" -> ">";
            case "小于" -> "<";
            case "等于" -> "=";
            default -> null;
        };
    }

    private static boolean startsWithOperator(String v) {
        return !v.isEmpty() && "≥≤><=＞＜＝≧≦".indexOf(v.charAt(0)) >= 0;
    }

    /** A qualitative target as TargetParser gives one: no operator, no number. */
    static Target qualitativeTarget(String raw) {
        return new Target(raw, null, null, null, false, false);
    }
}
