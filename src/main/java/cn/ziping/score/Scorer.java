package cn.ziping.score;

import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Indicator;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Computes a form's {@link ProjectScore} under a profile. */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scorer() {
    }

    public static ProjectScore score(ProjectForm form, Profile profile) {
        FundRow total = form.fund(FundKind.TOTAL).orElse(null);
        BigDecimal a = value(total, FundRow::initial);
        BigDecimal budget = value(total, FundRow::budget);
        BigDecimal executed = value(total, FundRow::executed);
        boolean unreadable = total != null && (unreadable(total.budget()) || unreadable(total.executed()));
        boolean fromParts = false;
        if (!unreadable && isZero(budget) && isZero(executed) && hasParts(form)) {
            a = partsSum(form, FundRow::initial);
            budget = partsSum(form, FundRow::budget);
            executed = partsSum(form, FundRow::executed);
            fromParts = true;
            unreadable = budget == null || executed == null;
        }
        boolean computable = !unreadable && budget != null && budget.signum() > 0;
        BigDecimal rate = Scoring.ratePercent(budget, executed);
        BigDecimal execScore = Scoring.executionScore(profile, rate);
        List<IndicatorScore> scores = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Indicator i : form.indicators()) {
            IndicatorScore s = indicator(i, profile);
            scores.add(s);
            sum = sum == null || s.counted() == null ? null : sum.add(s.counted());
        }
        // scoring.md §8: no 总分 built from a value that could not be read or a score that was never given.
        // A form whose weights add up to more than 90 (I009 says so) must still not score past the
        // scale's 100 (scoring.md: "total 100"); the package fuzzer found 200.
        if (sum != null) sum = sum.max(BigDecimal.ZERO).min(HUNDRED);
        BigDecimal indicatorScore = sum == null ? null : Money.round2(sum);
        BigDecimal totalScore = sum == null || unreadable ? null
                : Money.round2(execScore.add(sum).max(BigDecimal.ZERO).min(HUNDRED));
        return new ProjectScore(form, a, budget, executed, fromParts, computable, rate, execScore, List.copyOf(scores),
                indicatorScore, totalScore, totalScore == null ? null : Scoring.grade(profile, totalScore));
    }

    static IndicatorScore indicator(Indicator i, Profile profile) {
        BigDecimal w = i.weight() == null ? BigDecimal.ZERO : i.weight().orZero();
        boolean quantitative = i.target() != null && i.target().isQuantitative();
        Quantity actual = null;
        BigDecimal x = null;
        BigDecimal computed = null;
        Grade grade = null;
        if (quantitative) {
            actual = Quantity.parse(i.actual().value());
            if (actual != null) {
                x = actual.in(i.target().unit());
                if (x != null && w.signum() > 0) {
                    computed = Scoring.quantitative(profile, i.target().operator(), i.target().number(),
                            x.max(BigDecimal.ZERO), w);
                }
            }
        } else {
            grade = Grade.of(i.actual().value());
        }
        BigDecimal counted = computed != null ? computed : capped(i.score(), w);
        if (computed == null && unknown(i, quantitative, w)) counted = null;
        return new IndicatorScore(i, quantitative, actual, x, grade, computed, counted);
    }

    /**
     * No score can be counted (scoring.md §8): the 分值 or 得分 could not be read; or the indicator
     * carries points and has no typed 得分 while ziping cannot compute one — a quantitative
     * indicator whose 完成值 is missing, not a number or in a unit that does not convert, or any
     * indicator never filled in (neither 完成值 nor 得分). A blank is not a 0 made up.
     */
    private static boolean unknown(Indicator i, boolean quantitative, BigDecimal w) {
        if (unreadable(i.weight()) || unreadable(i.score())) return true;
        boolean typed = i.score() != null && !i.score().isBlank();
        if (typed || w.signum() <= 0) return false;
        return quantitative || i.actual() == null || i.actual().isBlank();
    }

    /** A typed score capped to [0, w]; blank counts 0 (scoring.md §5). */
    static BigDecimal capped(Num typed, BigDecimal w) {
        if (typed == null || typed.isBlank()) return Money.round2(BigDecimal.ZERO);
        return Money.round2(typed.value().max(BigDecimal.ZERO).min(w.max(BigDecimal.ZERO)));
    }

    private static BigDecimal value(FundRow row, Function<FundRow, Num> col) {
        if (row == null || col.apply(row) == null) return null;
        return col.apply(row).value();
    }

    private static boolean unreadable(Num n) {
        return n != null && n.unreadable();
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }

    private static boolean hasParts(ProjectForm form) {
        return form.funds().stream().filter(r -> r.kind() != FundKind.TOTAL)
                .anyMatch(r -> r.budget() != null && !isZero(r.budget().value())
                        || r.executed() != null && !isZero(r.executed().value()));
    }

    /**
     * The 其中 rows that add up to the total: 当年+结转+其他, or Hebei's 财政资金 (or 本级+上级) + 其他, or
     * the 一体化 export's 财政资金+财政专户管理资金+单位资金+其他资金.
     */
    public static List<FundRow> parts(ProjectForm form) {
        List<FundRow> out = new ArrayList<>();
        boolean fiscal = form.fund(FundKind.FISCAL).isPresent();
        for (FundRow r : form.funds()) {
            switch (r.kind()) {
                case CURRENT, CARRY_OVER, OTHER, SPECIAL_ACCOUNT, UNIT -> out.add(r);
                case FISCAL -> out.add(r);
                case LOCAL, UPPER -> {
                    if (!fiscal) out.add(r);
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** The sum of a column over the 其中 rows; null when one of them could not be read. */
    private static BigDecimal partsSum(ProjectForm form, Function<FundRow, Num> col) {
        BigDecimal s = BigDecimal.ZERO;
        for (FundRow r : parts(form)) {
            Num n = col.apply(r);
            if (n != null && n.unreadable()) return null;
            if (n != null) s = s.add(n.orZero());
        }
        return s;
    }
}
