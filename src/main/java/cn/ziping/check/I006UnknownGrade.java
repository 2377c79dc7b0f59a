package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import java.util.List;

/**
 * I006: a qualitative 实际完成值 that is none of the three grades (scoring.md §4), so its score
 * cannot be checked. Example: “效果良好”.
 */
public final class I006UnknownGrade extends IndicatorCheck {

    @Override public String code() { return "I006"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    boolean needsWeight() {
        return false;
    }

    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (s.quantitative() || s.grade() != null || Texts.blank(s.indicator().actual())) return;
        out.add(at(s.indicator().actual().at(), Messages.text("I006.message", name(s),
                s.indicator().actual().value()), null));
    }
}
