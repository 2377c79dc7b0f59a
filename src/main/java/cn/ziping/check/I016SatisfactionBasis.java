package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Indicator;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * I016: 满意度 scored in full with no survey basis (问卷, 调查, 样本, 满意人数/调查人数) in any text of
 * the form. Said once per form, at the first such indicator. Example: 满意度 ≥90%, 98%, 10/10, no
 * word of a survey.
 */
public final class I016SatisfactionBasis implements Check {

    private static final Pattern SURVEY = Pattern.compile("问卷|调查|调研|样本|抽样|受访|满意人数|回访|测评");

    @Override public String code() { return "I016"; }
    @Override public Severity severity() { return Severity.INFO; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (surveyed(f)) continue;
            for (IndicatorScore s : ctx.score(f).indicators()) {
                if (!s.indicator().level1().value().startsWith("满意度") || s.weight().signum() <= 0) continue;
                if (s.counted() == null || s.counted().compareTo(Money.round2(s.weight())) < 0) continue;
                out.add(at(s.indicator().actual().at(), Messages.text("I016.message"), null));
                break;
            }
        }
        return out;
    }

    private static boolean surveyed(ProjectForm f) {
        List<String> texts = new ArrayList<>();
        if (f.goalActual() != null) texts.add(f.goalActual().orEmpty());
        for (Indicator i : f.indicators()) {
            texts.add(i.name().orEmpty());
            texts.add(i.actual().orEmpty());
            texts.add(i.reason().orEmpty());
        }
        return texts.stream().anyMatch(t -> SURVEY.matcher(t).find());
    }
}
