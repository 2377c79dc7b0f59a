package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.util.ArrayList;
import java.util.List;

/**
 * S004: every indicator scored in full although 执行率 is below 100% — possibly inflated scoring.
 * Example: 95% executed, all indicators at full points.
 */
public final class S004FullMarksUnderspent implements Check {

    @Override public String code() { return "S004"; }
    @Override public Severity severity() { return Severity.INFO; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            // Far ahead of spending is S003's warning; this is the milder case only.
            if (!s.computable() || S003AheadOfSpending.ahead(s, ctx.profile())) continue;
            if (s.ratePercent().compareTo(Money.HUNDRED) >= 0 || !s.allIndicatorsFull()) continue;
            var t = f.fund(FundKind.TOTAL).orElse(null);
            var cell = t != null && t.rate() != null ? t.rate().at() : f.fundsLabel().at();
            out.add(at(cell, Messages.text("S004.message", Money.fmt(s.ratePercent())), null));
        }
        return out;
    }
}
