package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Summary;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * D002: the claimed 全年预算数合计 / 全年执行数合计 ≠ the sum over the summary's project rows (an
 * empty row amount taken from its sheet); a 合计 row is checked the same way. Where correcting a
 * suspected 元 amount (D008) would reconcile the two, the message says so. Example: claimed
 * 1851.72, rows add to 69650.14; 67805.20 → 6.78052 reconciles.
 */
public final class D002ClaimedTotals implements Check {

    @Override public String code() { return "D002"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Summary s = ctx.submission().summary();
        if (s == null) return out;
        List<UnitSuspects.Suspect> suspects = UnitSuspects.department(ctx);
        check(out, ctx, s.claimedBudget(), "D002.claimedBudget", "全年预算数", SummaryRow::budget, ProjectScore::budget, suspects);
        check(out, ctx, s.claimedExecuted(), "D002.claimedExecuted", "全年执行数", SummaryRow::executed, ProjectScore::executed, suspects);
        if (s.totalRow() != null) {
            check(out, ctx, s.totalRow().budget(), "D002.rowBudget", "全年预算数", SummaryRow::budget, ProjectScore::budget, suspects);
            check(out, ctx, s.totalRow().executed(), "D002.rowExecuted", "全年执行数", SummaryRow::executed, ProjectScore::executed, suspects);
            check(out, ctx, s.totalRow().initial(), "D002.rowInitial", "年初预算数", SummaryRow::initial, ProjectScore::initial, suspects);
        }
        return out;
    }

    private void check(List<Finding> out, Context ctx, Num claim, String labelKey, String column,
                       Function<SummaryRow, Num> rowValue, Function<ProjectScore, BigDecimal> sheetValue,
                       List<UnitSuspects.Suspect> suspects) {
        if (claim == null || claim.isBlank()) return;
        boolean totalRow = labelKey.startsWith("D002.row"); // the 合计 row's formula, not a typed claim
        String label = Messages.text(labelKey);
        boolean typedAny = ctx.submission().summary().rows().stream().map(rowValue)
                .anyMatch(n -> n != null && !n.isBlank());
        // A 合计 row over a column nobody filled in sums to 0 by its formula: an unfilled table, not a wrong total.
        if (!typedAny && totalRow) return;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal textSum = BigDecimal.ZERO;
        List<Num> texts = new ArrayList<>();
        for (SummaryRow row : ctx.submission().summary().rows()) {
            Num n = rowValue.apply(row);
            if (n != null && n.unreadable()) return; // nothing rests on a value that could not be read (R002)
            if (n != null && !n.isBlank()) {
                sum = sum.add(n.value());
                if (n.text()) {
                    textSum = textSum.add(n.value());
                    texts.add(n);
                }
            } else {
                ProjectForm f = ctx.form(row);
                if (f == null) continue;
                BigDecimal v = sheetValue.apply(ctx.score(f));
                if (v == null && sheetUnreadable(f)) return;
                if (v != null) sum = sum.add(v);
            }
        }
        if (Money.equal(claim.value(), sum)) return;
        // A formula's result (the 合计 row) is shown rounded like every computed figure; a typed claim as typed.
        String claimed = totalRow ? Money.fmt(claim.value()) : Money.amount(claim.value());
        String msg = Messages.text(totalRow ? "D002.totalRow" : "D002.message", label, claimed, Money.fmt(sum));
        if (!texts.isEmpty() && Money.equal(claim.value(), sum.subtract(textSum))) {
            String cells = String.join("、", texts.stream().map(n -> Messages.text("D002.textCell", n.at().a1(), n.raw())).toList());
            out.add(at(claim.at(), msg + Messages.text("D002.textCells", cells), null,
                    Messages.text("D002.textCellsFix", String.join("、", texts.stream().map(n -> n.at().a1()).toList()))));
            return;
        }
        if (!texts.isEmpty() && totalRow) {
            msg += Messages.text("D002.textNote", String.join("、", texts.stream().map(n -> n.at().a1()).toList()));
        }
        for (UnitSuspects.Suspect x : suspects) {
            if (!x.column().equals(column)) continue;
            BigDecimal fixed = sum.subtract(x.value()).add(x.corrected());
            if (!Money.equal(fixed, claim.value())) continue;
            int cells = UnitSuspects.slip(x).size();
            msg += Messages.text("D002.yuanNote", x.project(), Money.amount(x.value()), Money.plain(x.corrected()), claimed);
            // The claim is right: the value to type belongs in the suspect's cells, not here.
            out.add(at(claim.at(), msg, claimed, cells > 1
                    ? Messages.text("D002.yuanFixCells", claimed, x.cell(), cells, Money.amount(x.value()), Money.plain(x.corrected()))
                    : Messages.text("D002.yuanFix", claimed, x.cell(), Money.amount(x.value()), Money.plain(x.corrected()))));
            return;
        }
        out.add(at(claim.at(), msg, Money.fmt(sum)));
    }

    /** The form's amount is missing because a cell on it could not be read (its R002 speaks). */
    private static boolean sheetUnreadable(ProjectForm f) {
        return f.funds().stream().anyMatch(r -> r.initial() != null && r.initial().unreadable()
                || r.budget() != null && r.budget().unreadable() || r.executed() != null && r.executed().unreadable());
    }
}
