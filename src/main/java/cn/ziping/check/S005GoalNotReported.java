package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * S005: 年度总体目标's 实际完成情况 is empty, a copy of 预期目标, or only a number — it must say
 * what was achieved. Example: 实际完成情况 = 预期目标 word for word.
 */
public final class S005GoalNotReported implements Check {

    @Override public String code() { return "S005"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (f.goalActual() == null) continue;
            String actual = Texts.norm(f.goalActual().value());
            String why = null;
            if (actual.isEmpty()) {
                why = Messages.text("S005.blank");
            } else if (f.goalExpected() != null && actual.equals(Texts.norm(f.goalExpected().value()))) {
                why = Messages.text("S005.copied");
            } else if (actual.matches("[\\d.%％,，]+")) {
                why = Messages.text("S005.numberOnly", f.goalActual().value());
            }
            if (why != null) out.add(at(f.goalActual().at(), why, null));
        }
        return out;
    }
}
