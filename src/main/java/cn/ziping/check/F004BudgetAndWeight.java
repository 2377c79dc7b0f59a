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
 * F004: 全年预算数 blank or 0 while money was spent; or the 分值 of 年度资金总额 differs from the
 * profile's execution weight (10 nationally). Example: 分值 typed 20 under the national profile.
 */
public final class F004BudgetAndWeight implements Check {

    @Override public String code() { return "F004"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            FundRow t = f.fund(FundKind.TOTAL).orElse(null);
            ProjectScore s = ctx.score(f);
            // An amount that could not be read is not 空 or 0: its R002 is the one finding (scoring.md §8).
            boolean unread = t != null && (t.budget() != null && t.budget().unreadable() || t.executed() != null && t.executed().unreadable());
            boolean noBudget = !unread && (s.budget() == null || s.budget().signum() == 0);
            if (noBudget && s.executed() != null && s.executed().signum() > 0) {
                var cell = t != null && t.budget() != null ? t.budget().at() : f.fundsLabel().at();
                out.add(at(cell, Messages.text("F004.noBudget", Money.amount(s.executed())), null));
            }
            if (t != null && t.weight() != null && !t.weight().isBlank()
                    && t.weight().value().compareTo(ctx.profile().executionWeight()) != 0) {
                out.add(at(t.weight().at(), Messages.text("F004.weight", ctx.profile().executionWeight(),
                        t.weight().raw()), ctx.profile().executionWeight().toPlainString()));
            }
        }
        return out;
    }
}
