package cn.ziping.check;

import cn.ziping.model.Finding;
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
            out.add(at(s.indicator().actual().at(), name(s) + "的实际完成值“" + actual + "”带比较符号，是照抄的年度指标值（"
                    + s.indicator().target().raw() + "），应填实际完成的数值；" + Uncomputed.say(s), null));
            return;
        }
        out.add(at(s.indicator().actual().at(), name(s) + "的年度指标值为数值（" + s.indicator().target().raw()
                + "），实际完成值也应填数值，表中为“" + s.indicator().actual().value() + "”；" + Uncomputed.say(s), null));
    }
}
