package cn.ziping.model;

import java.math.BigDecimal;

/**
 * A number read from a cell. {@code value} is null when the cell is blank or unreadable;
 * {@code raw} is the text as typed (or the number's plain form). {@code unit} is the unit the
 * cell text carried ("万元", "元", "%"), or null. {@code unreadable}: something was typed that is
 * no number (reported as R002), as opposed to a blank cell.
 */
public record Num(BigDecimal value, String raw, String unit, CellRef at, boolean unreadable) {

    public Num(BigDecimal value, String raw, String unit, CellRef at) {
        this(value, raw, unit, at, false);
    }

    public static Num blank(CellRef at) {
        return new Num(null, "", null, at);
    }

    public static Num unreadable(String raw, CellRef at) {
        return new Num(null, raw, null, at, true);
    }

    public boolean isBlank() {
        return value == null;
    }

    /** The value, or zero when blank (the form treats a blank amount as 0). */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Something typed in the cell, readable or not. */
    public boolean isTyped() {
        return raw != null && !raw.isBlank();
    }
}
