package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.SummaryRow;
import cn.ziping.model.Text;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A computed cell of form.md §4 with ziping's value and how the typed value relates to it:
 * EMPTY (fill it), AGREES (leave it), DIFFERS (flag it, or with --fix correct it).
 * {@code number} is set for rates (as a fraction) and scores, {@code text} for grades.
 */
public record ComputedCell(CellRef cell, Kind kind, BigDecimal number, String text, State state, String typed) {

    public enum Kind { RATE, SCORE, GRADE }

    public enum State { EMPTY, AGREES, DIFFERS }

    /** Shown to users: 86.20%, 8.62, 优. */
    public String display() {
        return switch (kind) {
            case RATE -> Money.fmt(number.multiply(Money.HUNDRED)) + "%";
            case SCORE -> Money.fmt(number);
            case GRADE -> text;
        };
    }

    /** Every computed cell of a submission. */
    public static List<ComputedCell> of(Context ctx) {
        List<ComputedCell> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            ProjectScore s = ctx.score(f);
            FundRow total = f.fund(FundKind.TOTAL).orElse(null);
            boolean computable = s.computable();
            if (total != null && computable) {
                rate(out, total.rate(), s.ratePercent());
                score(out, total.score(), s.executionScore(), ctx.profile().executionWeight());
            }
            for (IndicatorScore i : s.indicators()) {
                if (i.computed() != null) score(out, i.indicator().score(), i.computed(), i.weight());
            }
            // No 总分 computable (scoring.md §8): nothing is filled in, nothing is compared.
            if (f.total() != null && s.scored()) score(out, f.total().score(), s.total(), null);
            if (f.grade() != null && s.scored()) grade(out, f.grade(), s.grade());
            SummaryRow row = ctx.row(f);
            if (row != null) {
                if (computable) rate(out, row.rate(), s.ratePercent());
                if (s.scored()) {
                    score(out, row.score(), s.total(), null);
                    grade(out, row.grade(), s.grade());
                }
            }
        }
        return out;
    }

    private static void rate(List<ComputedCell> out, Num typed, BigDecimal percent) {
        if (typed == null) return;
        BigDecimal fraction = percent.divide(Money.HUNDRED);
        State state = typed.isBlank() ? (typed.isTyped() ? State.DIFFERS : State.EMPTY)
                : Texts.compare(typed.value().multiply(Money.HUNDRED), percent, null) == Texts.Agreement.DIFFERENT
                        ? State.DIFFERS : State.AGREES;
        out.add(new ComputedCell(typed.at(), Kind.RATE, fraction, null, state, typed.raw()));
    }

    private static void score(List<ComputedCell> out, Num typed, BigDecimal value, BigDecimal full) {
        if (typed == null) return;
        State state = typed.isBlank() ? (typed.isTyped() ? State.DIFFERS : State.EMPTY)
                : Texts.compare(typed.value(), value, full) == Texts.Agreement.DIFFERENT ? State.DIFFERS : State.AGREES;
        out.add(new ComputedCell(typed.at(), Kind.SCORE, value, null, state, typed.raw()));
    }

    private static void grade(List<ComputedCell> out, Text typed, String value) {
        if (typed == null) return;
        State state = typed.isBlank() ? State.EMPTY
                : Texts.norm(typed.value()).equals(value) ? State.AGREES : State.DIFFERS;
        out.add(new ComputedCell(typed.at(), Kind.GRADE, null, value, state, typed.orEmpty()));
    }
}
