package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * D008: a project amount that looks typed in 元 against the department's other projects (see
 * {@link UnitSuspects}: ≥ 1000× the median, and ÷ 10⁴ among the others by robust statistics).
 * One slip is usually copied into several cells (the summary row and the form's fund rows), so
 * every amount cell of the project holding the suspect value gets its finding: the whole slip is
 * fixed in one pass. A cell F009 already flags on its form is left to F009 (one finding a cell).
 * The seed's 1133.54 万元 (98× the median) is legitimately large and stays silent; its 67805.20
 * is flagged in all nine cells it stands in.
 */
public final class D008AmountInYuan implements Check {

    @Override public String code() { return "D008"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Set<CellRef> done = new HashSet<>();
        for (ProjectForm f : ctx.forms()) done.addAll(F009AmountInYuan.suspects(f).keySet());
        for (UnitSuspects.Suspect s : UnitSuspects.department(ctx)) {
            List<UnitSuspects.Cell> slip = UnitSuspects.slip(s);
            String also = slip.size() > 1 ? Messages.text("D008.also", slip.size()) : "";
            for (UnitSuspects.Cell c : slip) {
                if (!done.add(c.num().at())) continue;
                out.add(at(c.num().at(), Messages.text(c.label().endsWith("）") ? "D008.afterBracket" : "D008.message", s.project(), c.label(),
                        Money.amount(s.value()), Money.fmt(s.corrected()), also),
                        Money.plain(s.corrected())));
            }
        }
        return out;
    }
}
