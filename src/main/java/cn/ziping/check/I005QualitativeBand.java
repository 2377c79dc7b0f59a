package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Grade;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import cn.ziping.score.Scoring;
import java.util.List;

/**
 * I005: a qualitative indicator's 得分 outside the band of its grade (scoring.md §4): 达成
 * [80%, 100%] of w, 部分达成 [60%, 80%), 未达成 [0, 60%). Example: 部分达成 scored 18 of 20.
 */
public final class I005QualitativeBand extends IndicatorCheck {

    @Override public String code() { return "I005"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        Num score = s.indicator().score();
        Grade g = s.grade();
        if (s.quantitative() || g == null || score == null || score.isBlank() || s.weight().signum() <= 0) return;
        if (score.value().compareTo(s.weight()) > 0 || score.value().signum() < 0) return; // I001 says it
        if (Scoring.inBand(g, s.weight(), score.value())) return;
        String range = Messages.text(g == Grade.ACHIEVED ? "I005.rangeAchieved" : "I005.rangeBelow",
                Money.fmt(Scoring.bandLow(g, s.weight())), Money.fmt(Scoring.bandHigh(g, s.weight())));
        out.add(at(score.at(), Messages.text("I005.message", name(s), g.text(), range, score.raw()), null, range)); // a range, not one value to type
    }
}
