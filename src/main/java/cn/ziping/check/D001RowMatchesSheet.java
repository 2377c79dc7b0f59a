package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * D001: a summary row disagrees with its project sheet (typed against typed, scoring.md §8; a
 * computed value stands in for a blank cell on the sheet): 项目名称, 年初/全年预算数, 全年执行数,
 * 执行率, 自评得分, 自评等级, one finding per differing summary cell. A row holding ziping's own
 * computed value is not wrong: the sheet's mistake is reported on the sheet. Example: row 得分 95,
 * sheet 总分 92.
 */
public final class D001RowMatchesSheet implements Check {

    @Override public String code() { return "D001"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.isDepartment()) return out;
        for (SummaryRow row : ctx.submission().summary().rows()) {
            ProjectForm f = ctx.form(row);
            if (f == null) continue;
            ProjectScore s = ctx.score(f);
            if (row.name() != null && !row.name().isBlank() && f.name() != null && !f.name().isBlank()
                    && !Context.sameProject(f, Texts.norm(row.name().value()))) {
                out.add(at(row.name().at(), Messages.text("D001.name", row.name().value(), f.sheet(),
                        f.name().value()), f.name().value()));
            }
            var total = f.fund(FundKind.TOTAL).orElse(null);
            amount(out, ctx, row.initial(), s.initial(), total == null ? null : total.initial(), "年初预算数", f);
            amount(out, ctx, row.budget(), s.budget(), total == null ? null : total.budget(), "全年预算数", f);
            amount(out, ctx, row.executed(), s.executed(), total == null ? null : total.executed(), "全年执行数", f);
            if (row.rate() != null && !row.rate().isBlank()) {
                BigDecimal sheetRate = total != null && total.rate() != null && !total.rate().isBlank()
                        ? total.rate().value().multiply(Money.HUNDRED) : s.ratePercent();
                BigDecimal typed = row.rate().value().multiply(Money.HUNDRED);
                // A row that holds ziping's value is right; a wrong sheet is reported on the sheet (F001).
                if (!Money.equal(typed, sheetRate) && !(s.computable() && Money.equal(typed, s.ratePercent()))) {
                    out.add(differs(row.rate().at(), "执行率", row.rate().raw(), Money.fmt(sheetRate) + "%", f));
                }
            }
            if (row.score() != null && !row.score().isBlank()) {
                BigDecimal sheetTotal = f.total() != null && f.total().score() != null && !f.total().score().isBlank()
                        ? f.total().score().value() : s.total();
                if (sheetTotal != null && !Money.equal(row.score().value(), sheetTotal)
                        && !(s.total() != null && Money.equal(row.score().value(), s.total()))) {
                    out.add(differs(row.score().at(), "自评得分", row.score().raw(), Money.fmt(sheetTotal), f));
                }
            }
            if (row.grade() != null && !row.grade().isBlank()) {
                String sheetGrade = f.grade() != null && !f.grade().isBlank() ? f.grade().value() : s.grade();
                String rowGrade = Texts.norm(row.grade().value());
                if (sheetGrade != null && !rowGrade.equals(Texts.norm(sheetGrade)) && !rowGrade.equals(s.grade())) {
                    out.add(differs(row.grade().at(), "自评等级", row.grade().value(), sheetGrade, f));
                }
            }
        }
        return out;
    }

    private void amount(List<Finding> out, Context ctx, Num typed, BigDecimal sheet, Num sheetCell, String label, ProjectForm f) {
        if (typed == null || typed.isBlank() || sheet == null) return;
        if (Money.equal(typed.value(), sheet)) return;
        if (sheetCell != null && ctx.suspectCells().contains(sheetCell.at()) && !ctx.suspectCells().contains(typed.at())) {
            // The sheet's amount looks typed in 元: the row may be right; the fix belongs on the sheet.
            out.add(at(typed.at(), Messages.text("D001.sheetInYuan", label, Money.amount(typed.value()), f.sheet(),
                    Money.amount(sheet)), Money.amount(typed.value()),
                    Messages.text("D001.sheetInYuanFix", sheetCell.at(), Money.amount(sheet))));
            return;
        }
        out.add(differs(typed.at(), label, Money.amount(typed.value()), Money.amount(sheet), f));
    }

    private Finding differs(CellRef cell, String label, String row, String sheet, ProjectForm f) {
        return at(cell, Messages.text("D001.message", label, row, f.sheet(), sheet), sheet);
    }
}
