package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import java.util.List;

/** I007: 实际完成值 empty on an indicator that carries points. Example: 分值 20, 实际完成值 blank. */
public final class I007MissingActual extends IndicatorCheck {

    @Override public String code() { return "I007"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (s.weight().signum() <= 0 || !Texts.blank(s.indicator().actual())) return;
        out.add(at(s.indicator().actual().at(), Messages.text("I007.message", name(s)), null));
    }
}
