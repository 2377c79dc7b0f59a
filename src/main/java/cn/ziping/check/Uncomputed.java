package cn.ziping.check;

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
        if (s.counted() == null) return "得分无法计算，表中也未填写得分，项目总分无法计算";
        return "得分未重新计算，按表中得分 " + Money.fmt(s.counted()) + " 计入总分";
    }
}
