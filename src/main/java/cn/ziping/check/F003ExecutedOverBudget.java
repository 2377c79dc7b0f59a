package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * F003: 全年执行数 > 全年预算数 on 年度资金总额 — the system refuses it ("预算执行率不能超过100%！").
 * Example: A 50, B 52.
 */
public final class F003ExecutedOverBudget implements Check {

    @Override public String code() { return "F003"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            FundRow t = f.fund(FundKind.TOTAL).orElse(null);
            if (t == null || t.budget() == null || t.executed() == null || t.budget().isBlank() || t.executed().isBlank()) continue;
            if (t.budget().value().signum() > 0 && t.executed().value().compareTo(t.budget().value()) > 0) {
                out.add(at(t.executed().at(), Messages.text("F003.message", Money.amount(t.executed().value()),
                        Money.amount(t.budget().value())), null));
            }
        }
        return out;
    }
}
