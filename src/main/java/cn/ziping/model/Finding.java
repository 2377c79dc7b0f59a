package cn.ziping.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a workbook. It always points at a cell; {@code expected} is the value
 * the cell should hold where one is known, else null — never a value derived from a suspect
 * elsewhere. {@code fix} says, in Chinese, where the correction belongs when it is not this
 * cell ("1851.72 不变；请更正 汇总表!E25 等 9 处…"), else null; the 应为 column shows it.
 */
public record Finding(String code, Severity severity, CellRef cell, String message, String expected, String fix) {

    public Finding(String code, Severity severity, CellRef cell, String message, String expected) {
        this(code, severity, cell, message, expected, null);
    }

    /** What the 应为 column shows: where to fix, else the value expected here (null: nothing). */
    public String remedy() {
        return fix != null ? fix : expected;
    }

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::cell)
            .thenComparing(Finding::code).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(cell, "a finding always points at a cell");
        Objects.requireNonNull(message);
    }
}
