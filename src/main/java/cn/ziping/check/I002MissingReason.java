package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import java.util.List;

/**
 * I002: an indicator scored below its 分值 with no 偏差原因分析及改进措施 — the system refuses to
 * save it. The score is ziping's for a quantitative indicator, the typed one otherwise.
 * Example: 28 of 30 points, reason blank.
 */
public final class I002MissingReason extends IndicatorCheck {

    @Override public String code() { return "I002"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (s.weight().signum() <= 0 || !Texts.blank(s.indicator().reason())) return;
        boolean typed = s.indicator().score() != null && !s.indicator().score().isBlank();
        if (s.computed() == null && !typed || s.counted() == null) return;
        if (s.counted().compareTo(Money.round2(s.weight()).subtract(Money.TOLERANCE)) < 0) {
            out.add(at(s.indicator().reason().at(), Messages.text("I002.message", name(s), Money.fmt(s.counted()),
                    Money.plain(s.weight())), null));
        }
    }
}
