package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.score.IndicatorScore;
import java.util.ArrayList;
import java.util.List;

/**
 * A check that looks at one indicator at a time, with its form and ziping's score of it. An
 * indicator whose 分值 could not be read (R002) is not judged by a check that needs the 分值
 * (scoring.md §8: nothing rests on a value that could not be read).
 */
abstract class IndicatorCheck implements Check {

    @Override
    public final List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (IndicatorScore s : ctx.score(f).indicators()) {
                boolean weightUnread = s.indicator().weight() != null && s.indicator().weight().unreadable();
                if (weightUnread && needsWeight()) continue;
                check(ctx, f, s, out);
            }
        }
        return out;
    }

    /** The rule compares with the 分值; false for rules about the 完成值 or 指标值 alone. */
    boolean needsWeight() {
        return true;
    }

    abstract void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out);

    static String name(IndicatorScore s) {
        String n = s.indicator().name().value();
        return n == null || n.isBlank() ? Messages.text("common.thisIndicator") : Messages.text("common.indicatorName", n);
    }
}
