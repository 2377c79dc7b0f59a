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

/**
 * I009: the indicators' 分值 do not add up to 90 (100 less the profile's execution weight), or the
 * 分值 printed on the 总分 row is not 100 (scoring.md §1). Example: indicators 50 + 30 + 5 = 85.
 */
public final class I009WeightTotals implements Check {

    @Override public String code() { return "I009"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        BigDecimal expected = ctx.profile().indicatorWeight();
        for (ProjectForm f : ctx.forms()) {
            if (f.indicators().isEmpty() || !Num.allKnown(weights(f))) continue; // an unreadable 分值 is R002's
            BigDecimal sum = BigDecimal.ZERO;
            for (Indicator i : f.indicators()) sum = sum.add(i.weight() == null ? BigDecimal.ZERO : i.weight().orZero());
            if (sum.compareTo(expected) != 0) {
                out.add(at(f.indicatorsLabel().at(), Messages.text("I009.message", Money.plain(sum),
                        Money.plain(expected), ctx.profile().executionWeight()),
                        null, Messages.text("I009.fix", Money.plain(expected)))); // the cell is the block's label: nothing to type there
            }
            if (f.total() != null && f.total().weight() != null && !f.total().weight().isBlank()
                    && f.total().weight().value().compareTo(Money.HUNDRED) != 0 && !wrongExecutionWeightExplains(ctx, f)) {
                out.add(at(f.total().weight().at(), Messages.text("I009.total", f.total().weight().raw()), "100"));
            }
        }
        return out;
    }

    /**
     * The 总分 row's 分值 is off only because the execution row's 分值 is (F004, a certain error):
     * correcting it to the profile's weight makes them add up to 100 (scoring.md §8, rule 2).
     */
    private static boolean wrongExecutionWeightExplains(Context ctx, ProjectForm f) {
        var t = f.fund(cn.ziping.model.FundKind.TOTAL).orElse(null);
        if (t == null || t.weight() == null || t.weight().isBlank()) return false;
        BigDecimal typed = t.weight().value();
        BigDecimal profile = ctx.profile().executionWeight();
        if (typed.compareTo(profile) == 0) return false;
        return f.total().weight().value().subtract(typed).add(profile).compareTo(Money.HUNDRED) == 0;
    }

    /** The 分值 cells of a form's indicators. */
    static List<Num> weights(ProjectForm f) {
        return f.indicators().stream().map(Indicator::weight).toList();
    }
}
