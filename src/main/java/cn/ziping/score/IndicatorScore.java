package cn.ziping.score;

import cn.ziping.model.Indicator;
import java.math.BigDecimal;

/**
 * What ziping makes of one indicator. {@code computed} is the formula's score of a quantitative
 * indicator (null when it cannot be computed, and for qualitative ones); {@code counted} is what
 * enters the 总分 (scoring.md §5): computed, else the typed score capped to [0, w]; null when no
 * score can be counted (scoring.md §8: unreadable, or nothing typed where nothing can be computed),
 * and then the project has no 总分.
 */
public record IndicatorScore(Indicator indicator, boolean quantitative, Quantity actual,
                             BigDecimal actualInTargetUnit, Grade grade, BigDecimal computed,
                             BigDecimal counted) {

    public BigDecimal weight() {
        return indicator.weight() == null ? BigDecimal.ZERO : indicator.weight().orZero();
    }
}
