package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * S003: indicator completion far ahead of spending, the system's warning (scoring.md §7): with
 * S the indicator points (of 90) and E the execution score (of 10), warn when S &gt; 0 and
 * (S/90 − E/10) ÷ (S/90) &gt; 5%. Example: 88 of 90 indicator points at 50% execution.
 */
public final class S003AheadOfSpending implements Check {

    private static final BigDecimal LIMIT = new BigDecimal("0.05");

    @Override public String code() { return "S003"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            if (!ahead(s, ctx.profile())) continue;
            BigDecimal done = Money.divide(s.indicatorScore(), ctx.profile().indicatorWeight());
            BigDecimal spent = Money.divide(s.executionScore(), ctx.profile().executionWeight());
            var t = f.fund(FundKind.TOTAL).orElse(null);
            var cell = t != null && t.rate() != null ? t.rate().at() : f.fundsLabel().at();
            out.add(at(cell, Messages.text("S003.message", Money.fmt(s.indicatorScore()),
                    Money.plain(ctx.profile().indicatorWeight()), Money.fmt(done.multiply(Money.HUNDRED)), Money.fmt(s.executionScore()),
                    ctx.profile().executionWeight(), Money.fmt(spent.multiply(Money.HUNDRED))), null));
        }
        return out;
    }

    /** The rule of scoring.md §7, on ziping's computed values. */
    static boolean ahead(ProjectScore s, cn.ziping.score.Profile p) {
        if (!s.computable() || s.indicatorScore() == null || s.indicatorScore().signum() <= 0) return false;
        BigDecimal done = Money.divide(s.indicatorScore(), p.indicatorWeight());
        BigDecimal spent = Money.divide(s.executionScore(), p.executionWeight());
        return Money.divide(done.subtract(spent), done).compareTo(LIMIT) > 0;
    }
}
