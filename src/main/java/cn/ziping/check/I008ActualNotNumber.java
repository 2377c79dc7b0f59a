package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Quantity;
import java.util.List;

/**
 * I008: a quantitative indicator (its 年度指标值 is a number) whose 实际完成值 is not a number —
 * the system rejects text there. Example: target ≥50个, actual “已完成”. An actual with a comparison
 * ({@code ≥50个}) is the target copied, not a measurement (form.md §2.2 rule 7a), and is I008 too.
 */
public final class I008ActualNotNumber extends IndicatorCheck {

    @Override public String code() { return "I008"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    boolean needsWeight() {
        return false;
    }

    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (!s.quantitative() || s.actual() != null || Texts.blank(s.indicator().actual())) return;
        String actual = s.indicator().actual().value();
        if (Quantity.hasOperator(actual)) {
            // form.md §2.2 rule 7a: "≥266米" states the target again, not what was measured.
            out.add(at(s.indicator().actual().at(), Messages.text("I008.copiedTarget", name(s), actual,
                    s.indicator().target().raw(), Uncomputed.say(s)), null));
            return;
        }
        out.add(at(s.indicator().actual().at(), Messages.text("I008.message", name(s), s.indicator().target().raw(),
                s.indicator().actual().value(), Uncomputed.say(s)), null));
    }
}
