package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Project amounts that look typed in 元 in a 万元 column, judged against the department's other
 * projects (checks.md D008): at least 1000× the median, and ÷ 10⁴ among the others by a robust
 * z of log10 (median/MAD) ≤ 2, or within their range when the MAD is 0. A large project that is
 * large in 万元 too (the seed's 1133.54) is not a suspect.
 */
final class UnitSuspects {

    /**
     * A suspect amount, the project it belongs to (its summary row and form, either may be null)
     * and the column it stands in.
     */
    record Suspect(CellRef cell, BigDecimal value, String project, String column, SummaryRow row, ProjectForm form) {
        BigDecimal corrected() {
            return Money.divide(value, Money.TEN_THOUSAND).stripTrailingZeros();
        }
    }

    /** An amount cell of a project and what it is called in a message (全年预算数, 年度资金总额的全年预算数). */
    record Cell(Num num, String label) {
    }

    /**
     * Every amount cell of the suspect's project — its summary row and the fund rows of its form —
     * that holds the suspect value: one slip is usually copied into all of them.
     */
    static List<Cell> slip(Suspect s) {
        List<Cell> all = new ArrayList<>();
        String[] cols = {"年初预算数", "全年预算数", "全年执行数"};
        if (s.row() != null) {
            Num[] v = {s.row().initial(), s.row().budget(), s.row().executed()};
            for (int i = 0; i < 3; i++) all.add(new Cell(v[i], cols[i]));
        }
        if (s.form() != null) {
            for (var r : s.form().funds()) {
                Num[] v = {r.initial(), r.budget(), r.executed()};
                for (int i = 0; i < 3; i++) all.add(new Cell(v[i], r.kind().label() + "（" + cols[i] + "）"));
            }
        }
        return all.stream().filter(c -> c.num() != null && !c.num().isBlank() && c.num().value().compareTo(s.value()) == 0)
                .toList();
    }

    private static final BigDecimal THOUSAND = new BigDecimal(1000);
    private static final double Z_LIMIT = 2.0;

    private UnitSuspects() {
    }

    /** Per column, the summary rows' amounts (else the forms'), 全年预算数 then 全年执行数. */
    static List<Suspect> department(Context ctx) {
        List<Suspect> out = new ArrayList<>();
        for (String column : List.of("全年预算数", "全年执行数")) {
            List<Suspect> amounts = new ArrayList<>();
            if (ctx.isDepartment()) {
                for (SummaryRow row : ctx.submission().summary().rows()) {
                    Num n = column.equals("全年预算数") ? row.budget() : row.executed();
                    if (n != null && !n.isBlank() && n.value().signum() > 0) {
                        amounts.add(new Suspect(n.at(), n.value(), row.name() == null ? "" : row.name().value(), column,
                                row, ctx.form(row)));
                    }
                }
            } else {
                for (ProjectForm f : ctx.forms()) {
                    var total = f.fund(cn.ziping.model.FundKind.TOTAL).orElse(null);
                    Num n = total == null ? null : column.equals("全年预算数") ? total.budget() : total.executed();
                    if (n != null && !n.isBlank() && n.value().signum() > 0) {
                        amounts.add(new Suspect(n.at(), n.value(), f.displayName(), column, null, f));
                    }
                }
            }
            out.addAll(suspects(amounts));
        }
        return out;
    }

    static List<Suspect> suspects(List<Suspect> amounts) {
        List<Suspect> out = new ArrayList<>();
        if (amounts.size() < 3) return out;
        double median = new Median().evaluate(amounts.stream().mapToDouble(s -> s.value().doubleValue()).toArray());
        for (Suspect s : amounts) {
            if (s.value().compareTo(BigDecimal.valueOf(median).multiply(THOUSAND)) < 0) continue;
            double[] others = amounts.stream().filter(o -> o != s).mapToDouble(o -> Math.log10(o.value().doubleValue())).toArray();
            double y = Math.log10(s.value().doubleValue() / 10000.0);
            double med = new Median().evaluate(others);
            double mad = new Median().evaluate(Arrays.stream(others).map(v -> Math.abs(v - med)).toArray());
            boolean among;
            if (mad == 0) {
                among = y >= Arrays.stream(others).min().orElse(y) && y <= Arrays.stream(others).max().orElse(y);
            } else {
                among = Math.abs(0.6745 * (y - med) / mad) <= Z_LIMIT;
            }
            if (among) out.add(s);
        }
        return out;
    }
}
