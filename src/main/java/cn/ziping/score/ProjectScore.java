package cn.ziping.score;

import cn.ziping.model.ProjectForm;
import java.math.BigDecimal;
import java.util.List;

/**
 * ziping's computed values for one form. Amounts are what the form carries on 年度资金总额, or the
 * sums of its 其中 rows where that row is blank ({@code fromParts}, scoring.md §2). {@code computable}
 * is false where no rate can be computed: 全年预算数 blank or 0 (F004), or an amount that could not be
 * read (R002) — then nothing that depends on the rate is judged, so a mistake is reported once.
 * {@code indicatorScore}, {@code total} and {@code grade} are null where the form does not allow
 * computing them (scoring.md §8): an indicator score that cannot be counted, or an amount that
 * could not be read. Such a project is in no band and nothing is filled in for it.
 */
public record ProjectScore(ProjectForm form, BigDecimal initial, BigDecimal budget, BigDecimal executed,
                           boolean fromParts, boolean computable, BigDecimal ratePercent, BigDecimal executionScore,
                           List<IndicatorScore> indicators, BigDecimal indicatorScore, BigDecimal total,
                           String grade) {

    /** All indicators counted at their full weight. */
    public boolean allIndicatorsFull() {
        return !indicators.isEmpty() && indicators.stream()
                .allMatch(i -> i.counted() != null && i.counted().compareTo(Money.round2(i.weight())) >= 0);
    }

    /** A 总分 could be computed. */
    public boolean scored() {
        return total != null;
    }
}
