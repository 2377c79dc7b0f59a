package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
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
            String also = slip.size() > 1 ? "；本项目共 " + slip.size() + " 处填有此金额，请一并更正" : "";
            for (UnitSuspects.Cell c : slip) {
                if (!done.add(c.num().at())) continue;
                out.add(at(c.num().at(), "“" + s.project() + "”的" + c.label() + (c.label().endsWith("）") ? "" : " ") + Money.amount(s.value())
                        + " 可能以元填写，折合 " + Money.fmt(s.corrected()) + " 万元（远超本单位其他项目金额）" + also,
                        Money.plain(s.corrected())));
            }
        }
        return out;
    }
}
