package cn.ziping.template;

import java.math.BigDecimal;
import java.util.List;

/** What to lay out on the 汇总表: the claims and the project rows (null: empty cell). */
public record SummaryContent(String unitName, String year, BigDecimal count, BigDecimal budgetTotal,
                             BigDecimal executedTotal, BigDecimal ge90, BigDecimal from60to90,
                             BigDecimal lt60, List<Row> rows, int blankRows) {

    /** One project row; {@code rate} as a fraction. */
    public record Row(String name, String source, BigDecimal initial, BigDecimal budget,
                      BigDecimal executed, BigDecimal rate, BigDecimal score, String grade,
                      String carryOver, String spotCheck, String sheet, String remark) {
    }
}
