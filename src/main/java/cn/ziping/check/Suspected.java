package cn.ziping.check;

import cn.ziping.model.FundRow;

/**
 * A rate or score ziping computes from an amount that looks typed in 元 is no value to type: F001
 * and F002 still report the disagreement, but expect nothing and point at the amount instead.
 */
final class Suspected {

    private Suspected() {
    }

    /** The 年度资金总额 row's 全年预算数 or 全年执行数 is a 元 suspect. */
    static boolean amounts(Context ctx, FundRow total) {
        return total.budget() != null && ctx.suspectCells().contains(total.budget().at())
                || total.executed() != null && ctx.suspectCells().contains(total.executed().at());
    }
}
