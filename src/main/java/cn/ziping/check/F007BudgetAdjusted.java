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
 * F007: 年初预算数 ≠ 全年预算数 on 年度资金总额 (or the 其中 sums standing in for it): the budget
 * was adjusted during the year — worth knowing, not wrong. Example: 年初 80, 全年 100.
 */
public final class F007BudgetAdjusted implements Check {

    @Override public String code() { return "F007"; }
    @Override public Severity severity() { return Severity.INFO; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            FundRow t = f.fund(FundKind.TOTAL).orElse(null);
            if (s.initial() == null || s.budget() == null || t == null || t.initial() == null) continue;
            if (s.fromParts() ? s.initial().signum() == 0 : t.initial().isBlank()) continue;
            if (!Money.equal(s.initial(), s.budget())) {
                out.add(at(t.initial().at(), Messages.text("F007.message", Money.amount(s.initial()),
                        Money.amount(s.budget())), null));
            }
        }
        return out;
    }
}
