package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * D007: a carry-over project (是否结转项目 = 是, a name with 结转, or 当年财政拨款 0 with 上年结转资金
 * &gt; 0) scoring below 60 with no reason anywhere (as F008). The seed report's three low scores
 * are carry-over projects, explained. Example: 结转 project at 45 points, no reason.
 */
public final class D007CarryOverNoReason implements Check {

    @Override public String code() { return "D007"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            SummaryRow row = ctx.row(f);
            if (s.total() == null || s.total().compareTo(new BigDecimal(60)) >= 0 || !CarryOver.of(f, row)) continue;
            if (Texts.reasonGiven(f, row)) continue;
            var cell = f.total() != null && f.total().score() != null ? f.total().score().at() : f.titleCell();
            out.add(at(cell, Messages.text("D007.message", f.displayName(), Money.fmt(s.total())), null));
        }
        return out;
    }
}
