package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * S002: the typed 自评等级 does not match the typed 总分 under the profile's bands (national: 优
 * ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below); on a form, and on each summary row against its 自评得分.
 * An empty 总分 is replaced by ziping's. Example: 总分 88.5 graded 优.
 */
public final class S002GradeMismatch implements Check {

    @Override public String code() { return "S002"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            if (f.grade() == null || f.grade().isBlank()) continue;
            BigDecimal total = f.total() != null && f.total().score() != null && !f.total().score().isBlank()
                    ? f.total().score().value() : ctx.score(f).total();
            if (total == null) continue; // no 总分 typed, none computable (scoring.md §8)
            check(out, ctx, f.grade().value(), total, f.grade().at());
        }
        if (ctx.isDepartment()) {
            for (SummaryRow r : ctx.submission().summary().rows()) {
                if (r.grade() == null || r.grade().isBlank() || r.score() == null || r.score().isBlank()) continue;
                check(out, ctx, r.grade().value(), r.score().value(), r.grade().at());
            }
        }
        return out;
    }

    private void check(List<Finding> out, Context ctx, String typed, BigDecimal total, cn.ziping.model.CellRef cell) {
        String expected = Scoring.grade(ctx.profile(), total);
        if (!Texts.norm(typed).equals(expected)) {
            out.add(at(cell, Messages.text("S002.message", Money.fmt(total), expected, typed), expected));
        }
    }
}
