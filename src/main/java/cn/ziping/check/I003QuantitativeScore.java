package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
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
        Object[] args = {name(s), Money.fmt(s.computed()), t.operator().symbol(), Money.plain(t.number()), t.unit(),
                Money.plain(s.actualInTargetUnit()), Money.plain(s.weight()), score.raw()};
        out.add(agreement == Texts.Agreement.ROUNDING
                ? at(Severity.INFO, score.at(), Messages.text("I003.rounding", args), Money.fmt(s.computed()))
                : at(score.at(), Messages.text("I003.message", args), Money.fmt(s.computed())));
    }
}
