package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Indicator;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * I010: the 分值 beneath a 一级 label that prints its points ({@code 产出指标(50分)}) do not add up
 * to them (form.md §2.1). Example: 产出指标(50分) over rows of 20 + 20.
 */
public final class I010PrintedParentWeight implements Check {

    @Override public String code() { return "I010"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (!Num.allKnown(I009WeightTotals.weights(f))) continue; // an unreadable 分值 is R002's
            for (Map.Entry<String, Num> e : f.printedWeights().entrySet()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (Indicator i : f.indicators()) {
                    if (i.level1().value().equals(e.getKey()) && i.weight() != null) sum = sum.add(i.weight().orZero());
                }
                if (sum.compareTo(e.getValue().value()) != 0) {
                    out.add(at(e.getValue().at(), Messages.text("I010.message", e.getKey(), e.getValue().raw(),
                            Money.plain(sum)), null, Messages.text("I010.fix", e.getValue().raw())));
                }
            }
        }
        return out;
    }
}
