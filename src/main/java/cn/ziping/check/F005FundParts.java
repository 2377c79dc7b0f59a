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
import cn.ziping.score.Scorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * F005: for 年初预算数, 全年预算数 and 全年执行数, 年度资金总额 ≠ 当年财政拨款 + 上年结转资金 + 其他资金
 * (Hebei: 财政资金 + 其他, and 财政资金 = 本级安排 + 上级补助); blank counts 0, no check when every 其中
 * cell of the column is blank, one finding per column. The identity is certain, so a probable cause
 * never silences it (scoring.md §8): where a 其中 amount that looks typed in 元 (F009) would
 * reconcile the column, the message names it and {@code expected} is the total as typed, with the
 * cell to fix in {@code fix}. A cell that could not be read (R002) makes the column unjudged.
 * Example: total 100, parts 60 + 30; or total 0 above a single 其中 row of 90.
 */
public final class F005FundParts implements Check {

    @Override public String code() { return "F005"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    private record Column(String name, Function<FundRow, Num> get) {
    }

    private static final List<Column> COLUMNS = List.of(new Column("年初预算数", FundRow::initial),
            new Column("全年预算数", FundRow::budget), new Column("全年执行数", FundRow::executed));

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            FundRow total = f.fund(FundKind.TOTAL).orElse(null);
            if (total == null) continue;
            Map<CellRef, Num> suspects = F009AmountInYuan.suspects(f);
            for (Column c : COLUMNS) {
                check(out, total, Scorer.parts(f), c, names(Scorer.parts(f)), suspects);
                FundRow fiscal = f.fund(FundKind.FISCAL).orElse(null);
                if (fiscal != null) {
                    List<FundRow> sub = f.funds().stream().filter(r -> r.kind() == FundKind.LOCAL || r.kind() == FundKind.UPPER).toList();
                    check(out, fiscal, sub, c, "本级安排、上级补助", suspects);
                }
            }
        }
        return out;
    }

    /** The 其中 rows' names as the form has them (当年财政拨款、上年结转资金、其他资金, or the export's four). */
    private static String names(List<FundRow> parts) {
        return String.join("、", parts.stream().map(r -> r.kind().label()).distinct().toList());
    }

    private void check(List<Finding> out, FundRow whole, List<FundRow> parts, Column c, String names,
                       Map<CellRef, Num> suspects) {
        Num w = c.get().apply(whole);
        if (w == null || parts.isEmpty() || w.unreadable()) return;
        BigDecimal sum = BigDecimal.ZERO;
        boolean any = false;
        for (FundRow p : parts) {
            Num n = c.get().apply(p);
            if (n != null && n.unreadable()) return; // R002 is that cell's one finding
            if (n != null && !n.isBlank()) {
                sum = sum.add(n.value());
                any = true;
            }
        }
        if (!any) return;
        BigDecimal typed = w.orZero();
        if (Money.equal(typed, sum)) return;
        String label = whole.kind() == FundKind.TOTAL ? "年度资金总额" : whole.kind().label();
        Object[] args = {label, c.name(), w.isBlank() ? Messages.text("F005.blank") : Money.amount(typed), names, Money.amount(sum)};
        for (FundRow p : parts) {
            Num n = c.get().apply(p);
            if (n == null || n.isBlank() || !suspects.containsKey(n.at()) || "元".equals(n.unit())) continue;
            BigDecimal wan = Money.divide(n.value(), Money.TEN_THOUSAND).stripTrailingZeros();
            if (!Money.equal(sum.subtract(n.value()).add(wan), typed)) continue;
            out.add(at(w.at(), Messages.text("F005.yuanPart", args[0], args[1], args[2], args[3], args[4], p.kind().label(),
                            Money.amount(n.value()), Money.plain(wan), Money.amount(typed)), Money.amount(typed),
                    Messages.text("F005.yuanPartFix", Money.amount(typed), n.at().a1(), Money.amount(n.value()), Money.plain(wan))));
            return;
        }
        out.add(at(w.at(), Messages.text("F005.message", args), Money.amount(sum)));
    }
}
