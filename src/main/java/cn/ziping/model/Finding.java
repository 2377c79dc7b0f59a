package cn.ziping.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a workbook. It always points at a cell; {@code expected} is the value
 * the cell should hold where one is known, else null.
 */
public record Finding(String code, Severity severity, CellRef cell, String message, String expected) {

    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::cell)
            .thenComparing(Finding::code).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(cell, "a finding always points at a cell");
        Objects.requireNonNull(message);
    }
}
