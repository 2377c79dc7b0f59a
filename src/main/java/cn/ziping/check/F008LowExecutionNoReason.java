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
 * F008: 执行率 below 80% (the system's warning, scoring.md §7) with no reason anywhere: no
 * 偏差原因分析及改进措施 cell has text and the summary row's 备注 is empty. Example: 45% executed,
 * every reason cell blank.
 */
public final class F008LowExecutionNoReason implements Check {

    private static final BigDecimal LIMIT = new BigDecimal(80);

    @Override public String code() { return "F008"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            if (!s.computable() || s.ratePercent().compareTo(LIMIT) >= 0) continue;
            if (Texts.reasonGiven(f, ctx.row(f))) continue;
            var t = f.fund(FundKind.TOTAL).orElse(null);
            var cell = t != null && t.rate() != null ? t.rate().at() : f.fundsLabel().at();
            out.add(at(cell, Messages.text(ctx.isDepartment() ? "F008.department" : "F008.message",
                    Money.fmt(s.ratePercent())), null));
        }
        return out;
    }
}
