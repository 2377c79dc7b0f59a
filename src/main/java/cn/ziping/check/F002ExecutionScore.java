package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.util.ArrayList;
import java.util.List;

/**
 * F002: the execution score typed on 年度资金总额 ≠ the profile's formula (national:
 * 10 × min(1, B/A)). Integer rounding is info, except full marks typed for a shortfall.
 * Example: 10 typed at 86.20% (should be 8.62) is an error.
 */
public final class F002ExecutionScore implements Check {

    @Override public String code() { return "F002"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            FundRow total = f.fund(FundKind.TOTAL).orElse(null);
            if (total == null || total.score() == null || total.score().isBlank()) continue;
            ProjectScore s = ctx.score(f);
            if (!s.computable()) continue;
            var agreement = Texts.compare(total.score().value(), s.executionScore(), ctx.profile().executionWeight());
            if (agreement == Texts.Agreement.EQUAL) continue;
            Object[] args = {Money.fmt(s.executionScore()), ctx.profile().executionWeight(), Money.fmt(s.ratePercent()),
                    total.score().raw()};
            if (Suspected.amounts(ctx, total)) {
                out.add(at(total.score().at(), Messages.text("F002.suspected", args), null, Messages.text("F002.suspectedFix")));
                continue;
            }
            out.add(agreement == Texts.Agreement.ROUNDING
                    ? at(Severity.INFO, total.score().at(), Messages.text("F002.rounding", args), Money.fmt(s.executionScore()))
                    : at(total.score().at(), Messages.text("F002.message", args), Money.fmt(s.executionScore())));
        }
        return out;
    }
}
