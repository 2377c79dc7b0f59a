package cn.ziping.check;

import cn.ziping.model.Indicator;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.SummaryRow;
import cn.ziping.model.Text;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers the checks share: text normalising, reasons given, comparing typed values. */
final class Texts {

    private Texts() {
    }

    static String norm(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (ch >= '\uFF01' && ch <= '\uFF5E') ch = (char) (ch - 0xFEE0);
            if (!Character.isWhitespace(ch) && ch != '\u3000') b.append(ch);
        }
        return b.toString();
    }

    static boolean blank(Text t) {
        return t == null || t.isBlank();
    }

    /** A reason is given: some 偏差原因 cell of the form, or the summary row's 备注, has text (F008, D007). */
    static boolean reasonGiven(ProjectForm f, SummaryRow row) {
        for (Indicator i : f.indicators()) {
            if (!blank(i.reason())) return true;
        }
        return row != null && !blank(row.remark());
    }

    /** How a typed value relates to the computed one (scoring.md §6). */
    enum Agreement { EQUAL, ROUNDING, DIFFERENT }

    static Agreement compare(BigDecimal typed, BigDecimal computed, BigDecimal full) {
        if (Money.equal(typed, computed)) return Agreement.EQUAL;
        if (full != null && typed.compareTo(full.subtract(Money.TOLERANCE)) >= 0
                && computed.compareTo(full.subtract(Money.TOLERANCE)) < 0) {
            return Agreement.DIFFERENT;
        }
        boolean integer = typed.stripTrailingZeros().scale() <= 0;
        if (integer && typed.compareTo(computed.setScale(0, RoundingMode.HALF_UP)) == 0) return Agreement.ROUNDING;
        return Agreement.DIFFERENT;
    }
}
