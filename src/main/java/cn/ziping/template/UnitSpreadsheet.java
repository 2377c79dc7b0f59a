package cn.ziping.template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a unit's own spreadsheet types into the computed cells of a form: the rate to 4 places,
 * the execution score from it, the sum of the typed scores, and the grade. Deliberately
 * independent of score/: the example and the golden workbooks are what a unit submits, and
 * ziping's scoring is then checked against them, not copied into them.
 */
public record UnitSpreadsheet(String rate, BigDecimal executionScore, BigDecimal total, String grade) {

    public static final UnitSpreadsheet EMPTY = new UnitSpreadsheet(null, null, null, null);

    /** The typed values for budget A, executed B and the indicator scores typed (null counts 0). */
    public static UnitSpreadsheet of(BigDecimal budget, BigDecimal executed, List<BigDecimal> scores) {
        if (budget == null || executed == null || budget.signum() <= 0) return EMPTY;
        BigDecimal rate = executed.divide(budget, 4, RoundingMode.HALF_UP);
        BigDecimal exec = BigDecimal.TEN.multiply(rate.min(BigDecimal.ONE)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = exec;
        for (BigDecimal s : scores) {
            if (s != null) total = total.add(s);
        }
        String grade = total.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优"
                : total.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良"
                : total.compareTo(BigDecimal.valueOf(60)) >= 0 ? "中" : "差";
        return new UnitSpreadsheet(rate.toPlainString(), exec, total, grade);
    }
}
