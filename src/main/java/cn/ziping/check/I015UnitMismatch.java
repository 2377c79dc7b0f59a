package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import java.util.List;

/**
 * I015: target and actual both carry a unit and they differ after normalising (≥50个 against
 * 48人; 万元 against 元 is converted and said). An actual with no unit takes the target's.
 */
public final class I015UnitMismatch extends IndicatorCheck {

    @Override public String code() { return "I015"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    boolean needsWeight() {
        return false;
    }

    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (s.actual() == null || s.actual().unit().isEmpty()) return;
        String tu = s.indicator().target().unit();
        if (tu == null || tu.isEmpty() || tu.equals(s.actual().unit())) return;
        out.add(at(s.indicator().actual().at(), s.actualInTargetUnit() == null
                ? Messages.text("I015.unconverted", name(s), tu, s.actual().unit(), Uncomputed.say(s))
                : Messages.text("I015.converted", name(s), tu, s.actual().unit()), null));
    }
}
