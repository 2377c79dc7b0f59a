package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import cn.ziping.score.Scoring;
import java.util.ArrayList;
import java.util.List;

/**
 * F001: the 执行率 typed on row 年度资金总额 ≠ B ÷ A (scoring.md §2), within 0.01 percentage points;
 * a typed integer percent that is the rounded rate is info. Example: 86% typed for 37.24 ÷ 43.20
 * = 86.20% is info, 90% is an error. In the 一体化 export every 其中 row's 预算执行率 is checked too.
 */
public final class F001ExecutionRate implements Check {

    @Override public String code() { return "F001"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (f.ratePerRow()) partRows(f, out);
            FundRow total = f.fund(FundKind.TOTAL).orElse(null);
            if (total == null || total.rate() == null || total.rate().isBlank()) continue;
            ProjectScore s = ctx.score(f);
            if (!s.computable() || s.executed() == null) continue;
            var typed = total.rate().value().multiply(Money.HUNDRED);
            var agreement = Texts.compare(typed, s.ratePercent(), null);
            if (agreement == Texts.Agreement.EQUAL) continue;
            Object[] args = {Money.fmt(s.ratePercent()), Money.amount(s.executed()), Money.amount(s.budget()), total.rate().raw()};
            if (Suspected.amounts(ctx, total)) {
                out.add(at(total.rate().at(), Messages.text("F001.suspected", args), null, Messages.text("F001.suspectedFix")));
                continue;
            }
            out.add(agreement == Texts.Agreement.ROUNDING
                    ? at(Severity.INFO, total.rate().at(), Messages.text("F001.rounding", args), Money.fmt(s.ratePercent()) + "%")
                    : at(total.rate().at(), Messages.text("F001.message", args), Money.fmt(s.ratePercent()) + "%"));
        }
        return out;
    }

    /** The 一体化 export's 其中 rows each print their own rate (form.md §2.3): each is checked as the total's is. */
    private void partRows(ProjectForm f, List<Finding> out) {
        for (FundRow r : f.funds()) {
            if (r.kind() == FundKind.TOTAL || r.rate() == null || r.rate().isBlank()) continue;
            if (r.budget() == null || r.budget().isBlank() || r.budget().value().signum() <= 0
                    || r.executed() == null || r.executed().isBlank()) continue;
            var expected = Scoring.ratePercent(r.budget().value(), r.executed().value());
            var agreement = Texts.compare(r.rate().value().multiply(Money.HUNDRED), expected, null);
            if (agreement == Texts.Agreement.EQUAL) continue;
            Object[] args = {r.label().value(), Money.fmt(expected), Money.amount(r.executed().value()),
                    Money.amount(r.budget().value()), r.rate().raw()};
            out.add(agreement == Texts.Agreement.ROUNDING
                    ? at(Severity.INFO, r.rate().at(), Messages.text("F001.partRounding", args), Money.fmt(expected) + "%")
                    : at(r.rate().at(), Messages.text("F001.part", args), Money.fmt(expected) + "%"));
        }
    }
}
