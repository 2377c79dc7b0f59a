package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * D008: a project amount that looks typed in 元 against the department's other projects (see
 * {@link UnitSuspects}: ≥ 1000× the median, and ÷ 10⁴ among the others by robust statistics).
 * The seed's 1133.54 万元 (98× the median) is legitimately large and stays silent; its 67805.20
 * is flagged.
 */
public final class D008AmountInYuan implements Check {

    @Override public String code() { return "D008"; }
    @Override public Severity severity() { return Severity.WARNING; }
    @Override public String title() { return "项目金额远超本单位其他项目，疑似以元填写"; }

    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (UnitSuspects.Suspect s : UnitSuspects.department(ctx)) {
            out.add(at(s.cell(), "“" + s.project() + "”的" + s.column() + " " + Money.amount(s.value())
                    + " 可能以元填写，折合 " + Money.fmt(s.corrected()) + " 万元（远超本单位其他项目金额）",
                    Money.plain(s.corrected())));
        }
        return out;
    }
}
