package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.ProjectForm;
import cn.ziping.score.IndicatorScore;
import java.util.ArrayList;
import java.util.List;

/** A check that looks at one indicator at a time, with its form and ziping's score of it. */
abstract class IndicatorCheck implements Check {

    @Override
    public final List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (IndicatorScore s : ctx.score(f).indicators()) {
                check(ctx, f, s, out);
            }
        }
        return out;
    }

    abstract void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out);

    static String name(IndicatorScore s) {
        String n = s.indicator().name().value();
        return n == null || n.isBlank() ? "该指标" : "“" + n + "”";
    }
}
