package cn.ziping.check;

import cn.ziping.model.Finding;
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
        out.add(at(s.indicator().actual().at(), name(s) + "的实际完成值“" + s.indicator().actual().value()
                + "”不是“达成年度指标”“部分达成年度指标并具有一定效果”“未达成年度指标且效果较差”之一，无法核对得分", null));
    }
}
