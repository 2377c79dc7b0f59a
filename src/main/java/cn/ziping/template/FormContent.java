package cn.ziping.template;

import java.math.BigDecimal;
import java.util.List;

/**
 * What to lay out on one project form: blank for the template, filled for the example.
 * Amounts in 万元; null means an empty cell. {@code typed*} are what the unit typed into the
 * computed cells (null: leave empty).
 */
public record FormContent(String sheet, String year, String name, String department, String unit,
                          List<FundLine> funds, String goalExpected, String goalActual,
                          List<IndicatorLine> indicators, String typedRate,
                          BigDecimal typedExecutionScore, BigDecimal typedTotal, String typedGrade) {

    /** One of the four fund rows: 年初预算数 a, 全年预算数 A, 全年执行数 B. */
    public record FundLine(String label, BigDecimal initial, BigDecimal budget, BigDecimal executed) {
    }

    /** One 三级 indicator row. */
    public record IndicatorLine(String level1, String level2, String name, String target,
                                String actual, BigDecimal weight, BigDecimal score, String reason) {
    }
}
