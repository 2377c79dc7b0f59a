package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import java.util.ArrayList;
import java.util.List;

/** F010: a negative amount on a form or a summary row. Example: 全年执行数 −3. */
public final class F010NegativeAmount implements Check {

    @Override public String code() { return "F010"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (FundRow r : f.funds()) {
                for (Num n : new Num[] {r.initial(), r.budget(), r.executed()}) check(out, n);
            }
        }
        if (ctx.isDepartment()) {
            for (SummaryRow r : ctx.submission().summary().rows()) {
                for (Num n : new Num[] {r.initial(), r.budget(), r.executed()}) check(out, n);
            }
        }
        return out;
    }

    private void check(List<Finding> out, Num n) {
        if (n != null && !n.isBlank() && n.value().signum() < 0) {
            out.add(at(n.at(), Messages.text("F010.message", Money.amount(n.value())), null));
        }
    }
}
