package cn.ziping.model;

import java.math.BigDecimal;

/**
 * A number read from a cell. {@code value} is null when the cell is blank or unreadable;
 * {@code raw} is the text as typed (or the number's plain form). {@code unit} is the unit the
 * cell text carried ("万元", "元", "%"), or null. {@code unreadable}: something was typed that is
 * no number (reported as R002), as opposed to a blank cell. {@code text}: the number was read from
 * a text cell ("6.5万元", "1,133.54"), which Excel's SUM skips.
 *
 * <p>An unreadable Num has no value: a rule that needs it stays silent (scoring.md §8), so it is
 * neither blank nor zero. Ask {@link #known()} before {@link #orZero()}.
 */
public record Num(BigDecimal value, String raw, String unit, CellRef at, boolean unreadable, boolean text) {

    public Num(BigDecimal value, String raw, String unit, CellRef at) {
        this(value, raw, unit, at, false, false);
    }

    public Num(BigDecimal value, String raw, String unit, CellRef at, boolean unreadable) {
        this(value, raw, unit, at, unreadable, false);
    }

    /** A number read from a text cell. */
    public static Num fromText(BigDecimal value, String raw, String unit, CellRef at) {
        return new Num(value, raw, unit, at, false, true);
    }

    /** The same number in another value (a unit converted), keeping where and how it was typed. */
    public Num withValue(BigDecimal v) {
        return new Num(v, raw, unit, at, unreadable, text);
    }

    /** Every one of {@code nums} is readable (blank or a number); null entries (no such column) count as readable. */
    public static boolean allKnown(Iterable<Num> nums) {
        for (Num n : nums) {
            if (n != null && n.unreadable()) return false;
        }
        return true;
    }

    /** Blank or a number: not something typed that could not be read. */
    public boolean known() {
        return !unreadable;
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

    /**
     * The value, or zero when blank (the form treats a blank amount as 0). An unreadable value is
     * not zero: callers that sum must check {@link #known()} (or {@link #allKnown}) first.
     */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Something typed in the cell, readable or not. */
    public boolean isTyped() {
        return raw != null && !raw.isBlank();
    }
}
