package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * F009: an amount on one form most likely typed in 元, not 万元 (scoring.md §6): at least 1000×
 * the non-zero amount it must agree with (B against A of its row, a 其中 row against 年度资金总额)
 * and ÷ 10⁴ within 1% of it; or a text amount ending in 元 (converted). Example: A 6.78, B 67805.2.
 */
public final class F009AmountInYuan implements Check {

    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    @Override public String code() { return "F009"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            for (Num n : suspects(f).values()) {
                if ("元".equals(n.unit())) {
                    out.add(at(n.at(), Messages.text("F009.yuan", n.raw(), Money.amount(n.value())), Money.amount(n.value())));
                } else {
                    BigDecimal wan = Money.divide(n.value(), Money.TEN_THOUSAND);
                    out.add(at(n.at(), Messages.text("F009.suspect", Money.amount(n.value()), Money.fmt(wan)),
                            Money.plain(wan.stripTrailingZeros())));
                }
            }
        }
        return out;
    }

    /**
     * The amounts of one form that look typed in 元, by cell: text amounts ending in 元 (already
     * converted, unit "元") and numbers ≥ 1000× the amount they must agree with.
     */
    static Map<CellRef, Num> suspects(ProjectForm f) {
        Map<CellRef, Num> suspects = new LinkedHashMap<>();
        FundRow total = f.fund(FundKind.TOTAL).orElse(null);
        for (FundRow r : f.funds()) {
            for (Num n : new Num[] {r.initial(), r.budget(), r.executed()}) {
                if (n != null && "元".equals(n.unit())) suspects.put(n.at(), n);
            }
            pair(suspects, r.executed(), r.budget());
            pair(suspects, r.budget(), r.executed());
            pair(suspects, r.initial(), r.budget());
            pair(suspects, r.budget(), r.initial());
            if (total != null && r != total) {
                pair(suspects, r.initial(), total.initial());
                pair(suspects, r.budget(), total.budget());
                pair(suspects, r.executed(), total.executed());
            }
        }
        return suspects;
    }

    /** {@code n} looks like 元 against {@code other}: ≥ 1000× and ÷ 10⁴ within 1%. */
    private static void pair(Map<CellRef, Num> suspects, Num n, Num other) {
        if (n == null || other == null || n.isBlank() || other.isBlank()) return;
        BigDecimal v = n.value();
        BigDecimal o = other.value();
        if (o.signum() <= 0 || v.compareTo(o.multiply(THOUSAND)) < 0) return;
        BigDecimal wan = Money.divide(v, Money.TEN_THOUSAND);
        if (wan.subtract(o).abs().compareTo(o.multiply(ONE_PERCENT)) <= 0) suspects.putIfAbsent(n.at(), n);
    }
}
