package cn.ziping.check;

import cn.ziping.model.Messages;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.Money;

/**
 * What a finding says about a quantitative indicator whose score ziping cannot compute
 * (scoring.md §8): it is not 0 — the typed (capped) score counts, and without one the project has
 * no 总分.
 */
final class Uncomputed {

    private Uncomputed() {
    }

    static String say(IndicatorScore s) {
        if (s.counted() == null) return Messages.text("common.uncounted");
        return Messages.text("common.notRecounted", Money.fmt(s.counted()));
    }
}
