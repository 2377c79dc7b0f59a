package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import java.util.List;

/** I013: a negative 实际完成值; it is scored as 0 (scoring.md §3). Example: “-5个”. */
public final class I013NegativeActual extends IndicatorCheck {

    @Override public String code() { return "I013"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    boolean needsWeight() {
        return false;
    }

    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (s.actual() == null || s.actual().number().signum() >= 0) return;
        out.add(at(s.indicator().actual().at(), Messages.text("I013.message", name(s), s.indicator().actual().value()), null));
    }
}
