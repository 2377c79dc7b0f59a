package cn.ziping.check;

import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.SummaryRow;

/**
 * Is a project a carry-over (结转) project: 是否结转项目 = 是 on its summary row, a name with 结转,
 * or 当年财政拨款 0 with 上年结转资金 &gt; 0 (checks.md D007).
 */
public final class CarryOver {

    private CarryOver() {
    }

    public static boolean of(ProjectForm f, SummaryRow row) {
        if (row != null && row.carryOver() != null && Texts.norm(row.carryOver().value()).equals("是")) return true;
        if (f.displayName().contains("结转")) return true;
        FundRow current = f.fund(FundKind.CURRENT).orElse(null);
        FundRow carry = f.fund(FundKind.CARRY_OVER).orElse(null);
        // An unreadable amount is no evidence either way (its R002 speaks): it is not a 0.
        return current != null && carry != null && current.budget() != null && carry.budget() != null
                && current.budget().known() && current.budget().orZero().signum() == 0 && carry.budget().orZero().signum() > 0;
    }
}
