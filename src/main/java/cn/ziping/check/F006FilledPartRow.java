package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * F006: 分值, 执行率 or 得分 filled on a 其中 row, where the form prints “—”: only 年度资金总额 is
 * scored. Example: 10 typed in 分值 of 当年财政拨款.
 */
public final class F006FilledPartRow implements Check {

    @Override public String code() { return "F006"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (FundRow r : f.funds()) {
                if (r.kind() == FundKind.TOTAL) continue;
                // The 一体化 export prints 预算执行率 on every fund row (form.md §2.3): that is its layout.
                Num rate = f.ratePerRow() ? null : r.rate();
                for (Num n : new Num[] {r.weight(), rate, r.score()}) {
                    if (n != null && !n.isBlank()) {
                        out.add(at(n.at(), Messages.text("F006.message", r.label().value(),
                                n.raw()), null));
                    }
                }
            }
        }
        return out;
    }
}
