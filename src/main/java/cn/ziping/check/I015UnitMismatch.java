package cn.ziping.check;

import cn.ziping.model.Finding;
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
        String how = s.actualInTargetUnit() == null ? "无法换算，" + Uncomputed.say(s) : "已换算为 " + tu + " 计分";
        out.add(at(s.indicator().actual().at(), name(s) + "的年度指标值单位为“" + tu + "”，实际完成值单位为“"
                + s.actual().unit() + "”：" + how, null));
    }
}
