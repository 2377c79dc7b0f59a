package cn.ziping.model;

import java.math.BigDecimal;

/**
 * A 年度指标值 parsed per form.md §2.2 rule 6: operator, number, unit. A text with no number,
 * or a date, is qualitative ({@code number} null). {@code operatorAssumed} says the operator was
 * not typed and was inferred (scoring.md §3).
 */
public record Target(String raw, Operator operator, BigDecimal number, String unit,
                     boolean operatorAssumed, boolean deadline) {

    public boolean isQuantitative() {
        return number != null && !deadline;
    }
}
