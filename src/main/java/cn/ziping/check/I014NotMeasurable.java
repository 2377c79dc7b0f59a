package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.IndicatorScore;
import java.util.List;

/**
 * I014: an 产出 indicator (数量/质量/时效/成本) whose 年度指标值 cannot be measured: text with no
 * number and no date (效果明显, 合规, 及时). A deadline (2024年12月底前) is measurable.
 */
public final class I014NotMeasurable extends IndicatorCheck {

    @Override public String code() { return "I014"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    boolean needsWeight() {
        return false;
    }

    @Override
    void check(Context ctx, ProjectForm form, IndicatorScore s, List<Finding> out) {
        if (!s.indicator().level1().value().equals("产出指标")) return;
        var t = s.indicator().target();
        if (t != null && (t.isQuantitative() || t.deadline())) return;
        String raw = s.indicator().targetText().value();
        out.add(at(s.indicator().targetText().at(), raw == null || raw.isBlank()
                ? Messages.text("I014.blank", name(s)) : Messages.text("I014.message", name(s), raw), null));
    }
}
