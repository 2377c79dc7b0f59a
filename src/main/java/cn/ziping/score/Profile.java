package cn.ziping.score;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A scoring profile (scoring.md): the province-dependent choices, as named constants.
 * {@link #NATIONAL} is the default.
 */
public record Profile(String name, String title, ExecutionRule execution, BigDecimal executionWeight,
                      ReverseRule reverse, BigDecimal excellent, BigDecimal good, BigDecimal pass) {

    /** How the execution score follows from the rate. */
    public enum ExecutionRule { LINEAR, STEPWISE }

    /** How a ≤/&lt; indicator above its target is scored. */
    public enum ReverseRule { LINEAR, RATIO }

    /** 财预〔2020〕10号 as the 一体化 system implements it. */
    public static final Profile NATIONAL = new Profile("national", "全国通行（财预〔2020〕10号）",
            ExecutionRule.LINEAR, BigDecimal.TEN, ReverseRule.LINEAR, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60));
    /** 江西: 100% → 10, [80,100) → 7, [60,80) → 5, below → 0. */
    public static final Profile JIANGXI = new Profile("jiangxi", "江西（执行率分档计分）",
            ExecutionRule.STEPWISE, BigDecimal.TEN, ReverseRule.LINEAR, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60));
    /** 湖北: execution carries 20 points. */
    public static final Profile HUBEI = new Profile("hubei", "湖北（预算执行权重20分）",
            ExecutionRule.LINEAR, new BigDecimal(20), ReverseRule.LINEAR, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60));
    /** Grade bands 80/70/60 used by some system versions. */
    public static final Profile GRADES_80_70_60 = new Profile("grades-80-70-60", "等级分档 80/70/60",
            ExecutionRule.LINEAR, BigDecimal.TEN, ReverseRule.LINEAR, new BigDecimal(80), new BigDecimal(70), new BigDecimal(60));
    /** Reverse indicators scored t/x × w. */
    public static final Profile REVERSE_RATIO = new Profile("reverse-ratio", "反向指标按 t/x 计分",
            ExecutionRule.LINEAR, BigDecimal.TEN, ReverseRule.RATIO, new BigDecimal(90), new BigDecimal(80), new BigDecimal(60));

    public static final List<Profile> ALL = List.of(NATIONAL, JIANGXI, HUBEI, GRADES_80_70_60, REVERSE_RATIO);

    public static Optional<Profile> byName(String name) {
        return ALL.stream().filter(p -> p.name.equalsIgnoreCase(name)).findFirst();
    }

    /** The points the indicators carry: 100 less the execution weight. */
    public BigDecimal indicatorWeight() {
        return Money.HUNDRED.subtract(executionWeight);
    }
}
