package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * S001: the typed 总分 ≠ the typed execution score + the typed indicator scores (scoring.md §8:
 * typed against typed, so a wrong part is reported once, where it is wrong; a computed value
 * stands in for an empty cell, typed scores count capped). Example: parts add to 96.62, 总分 98.
 */
public final class S001TotalScore implements Check {

    @Override public String code() { return "S001"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (f.total() == null || f.total().score() == null || f.total().score().isBlank()) continue;
            BigDecimal parts = typedParts(ctx, f);
            if (parts == null) continue; // a part could not be read or counted (scoring.md §8)
            var agreement = Texts.compare(f.total().score().value(), parts, null);
            if (agreement == Texts.Agreement.EQUAL) continue;
            Object[] args = {Money.fmt(parts), f.total().score().raw()};
            out.add(agreement == Texts.Agreement.ROUNDING
                    ? at(Severity.INFO, f.total().score().at(), Messages.text("S001.rounding", args), Money.fmt(parts))
                    : at(f.total().score().at(), Messages.text("S001.message", args), Money.fmt(parts)));
        }
        return out;
    }

    /**
     * The typed execution score + typed indicator scores, computed values standing in for blanks;
     * null when a part is unreadable or has no value at all (nothing rests on it, scoring.md §8).
     */
    static BigDecimal typedParts(Context ctx, ProjectForm f) {
        ProjectScore s = ctx.score(f);
        FundRow t = f.fund(FundKind.TOTAL).orElse(null);
        BigDecimal sum;
        if (t != null && t.score() != null && !t.score().isBlank()) {
            sum = t.score().value().max(BigDecimal.ZERO).min(ctx.profile().executionWeight());
        } else if (t != null && t.score() != null && t.score().unreadable() || s.total() == null && !s.computable()) {
            return null;
        } else {
            sum = s.executionScore();
        }
        for (IndicatorScore i : s.indicators()) {
            var typed = i.indicator().score();
            if (i.indicator().weight() != null && i.indicator().weight().unreadable()) return null;
            if (typed != null && !typed.isBlank()) {
                sum = sum.add(typed.value().max(BigDecimal.ZERO).min(i.weight().max(BigDecimal.ZERO)));
            } else if (i.counted() == null) {
                return null;
            } else {
                sum = sum.add(i.counted());
            }
        }
        return Money.round2(sum);
    }
}
