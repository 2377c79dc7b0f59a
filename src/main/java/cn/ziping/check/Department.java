package cn.ziping.check;

import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;

/**
 * The department as ziping computes it from the rows as typed (cli.md `department`): never the
 * claims. Amounts are the summary rows' (an empty one taken from its sheet), or the forms' where
 * there is no summary; bands count ziping's 总分.
 */
public record Department(String name, Integer year, int projects, BigDecimal budgetTotal,
                         BigDecimal executedTotal, int[] bands) {

    /** Null for a single-project workbook. */
    public static Department of(Context ctx) {
        var s = ctx.submission();
        if (s.summary() == null && s.forms().size() <= 1) return null;
        String name = null;
        Integer year = null;
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        int[] bands;
        int projects;
        if (s.summary() != null) {
            if (s.summary().unitName() != null && !s.summary().unitName().isBlank()) name = s.summary().unitName().value();
            year = year(s.summary().year() == null ? null : s.summary().year().value());
            for (SummaryRow row : s.summary().rows()) {
                ProjectForm f = ctx.form(row);
                ProjectScore sc = f == null ? null : ctx.score(f);
                budget = budget.add(amount(row.budget(), sc == null ? null : sc.budget()));
                executed = executed.add(amount(row.executed(), sc == null ? null : sc.executed()));
            }
            bands = D003BandCounts.counts(ctx);
            projects = s.summary().rows().size();
        } else {
            bands = new int[3];
            for (ProjectForm f : s.forms()) {
                ProjectScore sc = ctx.score(f);
                budget = budget.add(sc.budget() == null ? BigDecimal.ZERO : sc.budget());
                executed = executed.add(sc.executed() == null ? BigDecimal.ZERO : sc.executed());
                if (sc.total() != null) bands[cn.ziping.score.Scoring.reportBand(sc.total())]++;
            }
            projects = s.forms().size();
        }
        if (name == null && !s.forms().isEmpty() && s.forms().get(0).department() != null
                && !s.forms().get(0).department().isBlank()) {
            name = s.forms().get(0).department().value();
        }
        if (year == null && !s.forms().isEmpty()) year = year(s.forms().get(0).year().value());
        // Exact, as typed and summed (cli.md): messages round when they show it, JSON does not.
        return new Department(name, year, projects, budget, executed, bands);
    }

    private static BigDecimal amount(Num typed, BigDecimal sheet) {
        if (typed != null && !typed.isBlank()) return typed.value();
        return sheet == null ? BigDecimal.ZERO : sheet;
    }

    private static Integer year(String y) {
        return y != null && y.matches("\\d{4}") ? Integer.valueOf(y) : null;
    }
}
