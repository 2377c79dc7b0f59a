package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Indicator;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * I012: an indicator with 分值 ≤ 0, or one of 产出/效益/满意度 with no indicator at all
 * (scoring.md §1: every scored indicator has w &gt; 0). Example: no 满意度指标 row.
 */
public final class I012WeightOrCategory implements Check {

    private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标");

    @Override public String code() { return "I012"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (Indicator i : f.indicators()) {
                if (i.weight() != null && !i.weight().unreadable()
                        && (i.weight().isBlank() || i.weight().value().signum() <= 0)) {
                    out.add(at(i.weight().at(), i.weight().isBlank()
                            ? Messages.text("I012.blankWeight", i.name().value()) : Messages.text("I012.weight", i.name().value(), i.weight().raw()), null));
                }
            }
            if (f.indicators().isEmpty()) continue;
            for (String l1 : LEVEL1) {
                if (f.indicators().stream().noneMatch(i -> i.level1().value().equals(l1))) {
                    out.add(at(f.indicatorsLabel().at(), Messages.text("I012.noCategory", l1), null));
                }
            }
        }
        return out;
    }
}
