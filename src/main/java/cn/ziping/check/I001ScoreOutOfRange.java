package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import java.util.List;

/**
 * I001: 得分 above its 分值 or below 0 (scoring.md §5); it counts as capped in every total.
 * Example: 12 points typed on a 10-point indicator.
 */
public final class I001ScoreOutOfRange extends IndicatorCheck {

    @Override public String code() { return "I001"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        Num score = s.indicator().score();
        if (score == null || score.isBlank()) return;
        if (score.value().compareTo(s.weight()) > 0) {
            out.add(at(score.at(), Messages.text("I001.overWeight", name(s), score.raw(), Money.plain(s.weight())),
                    Money.plain(s.weight())));
        } else if (score.value().signum() < 0) {
            out.add(at(score.at(), Messages.text("I001.negative", name(s), score.raw()), "0"));
        }
    }
}
