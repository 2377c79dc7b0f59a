package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Severity;
import java.util.List;

/**
 * One rule of the catalogue (../shared/spec/checks.md), with its stable code. A check reads the
 * model and ziping's computed scores; it never touches a workbook.
 */
public interface Check {

    String code();

    Severity severity();

    /** What the check checks, in Chinese, for the catalogue and the 校验结果 sheet (key {@code CODE.title} of the bundle). */
    default String title() {
        return Messages.text(code() + ".title");
    }

    List<Finding> run(Context ctx);

    default Finding at(CellRef cell, String message, String expected) {
        return new Finding(code(), severity(), cell, message, expected);
    }

    /** A finding whose correction belongs elsewhere: {@code fix} says where (the 应为 column). */
    default Finding at(CellRef cell, String message, String expected, String fix) {
        return new Finding(code(), severity(), cell, message, expected, fix);
    }

    /** The same rule at a lower severity: integer rounding reported as info (scoring.md §6). */
    default Finding at(Severity severity, CellRef cell, String message, String expected) {
        return new Finding(code(), severity, cell, message, expected);
    }
}
