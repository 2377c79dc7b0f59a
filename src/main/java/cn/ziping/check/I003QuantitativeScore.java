package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import java.util.List;

/**
 * I003: a quantitative indicator's typed 得分 ≠ the formula for its operator (scoring.md §3);
 * integer rounding is info, except full marks typed for a shortfall. An empty score is a cell to
 * fill, not a finding. Example: ≥50人次 with 45 done, 30 points typed where 27.00 is due.
 */
public final class I003QuantitativeScore extends IndicatorCheck {

    @Override public String code() { return "I003"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        Num score = s.indicator().score();
        if (s.computed() == null || score == null || score.isBlank()) return;
        if (score.value().compareTo(s.weight()) > 0 || score.value().signum() < 0) return; // I001 says it
        var agreement = Texts.compare(score.value(), s.computed(), s.weight());
        if (agreement == Texts.Agreement.EQUAL) return;
        var t = s.indicator().target();
        String msg = name(s) + "得分应为 " + Money.fmt(s.computed()) + "（指标值 " + t.operator().symbol()
                + Money.plain(t.number()) + t.unit() + "，完成 " + Money.plain(s.actualInTargetUnit()) + t.unit()
                + "，分值 " + Money.plain(s.weight()) + "），表中为 " + score.raw();
        out.add(agreement == Texts.Agreement.ROUNDING
                ? at(Severity.INFO, score.at(), msg + "（仅为取整差异）", Money.fmt(s.computed()))
                : at(score.at(), msg, Money.fmt(s.computed())));
    }
}
