package cn.ziping.read;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.Severity;
import cn.ziping.model.Text;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads typed values from a grid, reporting what cannot be read as R002 rather than throwing.
 * A cell inside a merged region reads as the region's top-left cell.
 */
final class Cells {

    private static final BigDecimal RATE_FRACTION_LIMIT = new BigDecimal("1.5");

    private final SheetGrid grid;
    private final List<Finding> findings;

    Cells(SheetGrid grid, List<Finding> findings) {
        this.grid = grid;
        this.findings = findings;
    }

    SheetGrid grid() {
        return grid;
    }

    Text text(int r, int c) {
        if (c < 0 || r < 0) return null;
        int[] tl = grid.topLeft(r, c);
        String t = grid.text(tl[0], tl[1]);
        return new Text(Labels.isEmptyToken(t) ? "" : t, grid.ref(tl[0], tl[1]));
    }

    /** A number (an amount, a weight, a score); null when the column is missing. */
    Num num(int r, int c) {
        if (c < 0 || r < 0) return null;
        int[] tl = grid.topLeft(r, c);
        CellRef at = grid.ref(tl[0], tl[1]);
        SheetGrid.Raw raw = grid.raw(tl[0], tl[1]);
        String text = grid.text(tl[0], tl[1]);
        if (raw.error() != null) {
            // an error code (#REF!) is named here; any other error text is already a sentence (read/Formulas)
            String why = raw.error().startsWith("#") ? Messages.text("R002.formulaError", raw.error()) : raw.error();
            findings.add(new Finding("R002", Severity.ERROR, at, Messages.text("R002.noValue", why), null));
            return Num.unreadable(text, at);
        }
        if (raw.number() != null) {
            return new Num(raw.number(), text, raw.percent() ? "%" : null, at);
        }
        if (Labels.isEmptyToken(text)) return new Num(null, text, null, at);
        Numbers.Parsed p = Numbers.parse(text);
        if (p == null) {
            findings.add(new Finding("R002", Severity.ERROR, at,
                    Messages.text("R002.notNumber", text), null));
            return Num.unreadable(text, at);
        }
        return Num.fromText(p.value(), text, p.unit(), at);
    }

    /**
     * An amount in 万元 (scoring.md §6): a text ending in 元 is converted (÷ 10⁴); its unit stays
     * "元" so that F009 can say so.
     */
    Num amount(int r, int c) {
        Num n = num(r, c);
        if (n == null || n.value() == null || !"元".equals(n.unit())) return n;
        return n.withValue(n.value().movePointLeft(4));
    }

    /**
     * A rate (执行率): {@code 86%}, {@code 0.86} or {@code 86}, normalised to a fraction
     * (form.md §2.2 rule 7; scoring.md §6: a bare number ≤ 1.5 is a fraction).
     */
    Num rate(int r, int c) {
        Num n = num(r, c);
        if (n == null || n.value() == null) return n;
        BigDecimal v = n.value();
        boolean percentText = "%".equals(n.unit()) && grid.raw(n.at().row(), n.at().col()).number() == null;
        if (percentText || (!"%".equals(n.unit()) && v.abs().compareTo(RATE_FRACTION_LIMIT) > 0)) {
            v = v.movePointLeft(2);
        }
        return n.withValue(v);
    }
}
