package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Operator;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * I004: a ≥/&gt; indicator done at 120% of its target or more, scored in full with no explanation:
 * the target was probably set too low, and the method expects points off (scoring.md §3).
 * Example: ≥50人次 target, 80人次 done, full marks, no reason.
 */
public final class I004TargetTooLow extends IndicatorCheck {

    private static final BigDecimal RATIO = new BigDecimal("1.2");

    @Override public String code() { return "I004"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        var t = s.indicator().target();
        if (s.computed() == null || t.number().signum() <= 0) return;
        if (t.operator() != Operator.GE && t.operator() != Operator.GT) return;
        if (s.actualInTargetUnit().compareTo(t.number().multiply(RATIO)) < 0) return;
        if (s.counted().compareTo(Money.round2(s.weight())) < 0 || !Texts.blank(s.indicator().reason())) return;
        out.add(at(s.indicator().actual().at(), Messages.text("I004.message", name(s), s.indicator().actual().value(),
                t.raw(), Money.fmt(Money.divide(s.actualInTargetUnit(), t.number()).multiply(Money.HUNDRED))), null));
    }
}
