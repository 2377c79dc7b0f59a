package cn.ziping.model;

/** The rows of the fund block (form.md §2, F1–F4, the Hebei variant, and the 一体化 export of §2.3). */
public enum FundKind {
    TOTAL("年度资金总额"),
    CURRENT("当年财政拨款"),
    CARRY_OVER("上年结转资金"),
    OTHER("其他资金"),
    FISCAL("财政资金"),
    LOCAL("本级安排"),
    UPPER("上级补助"),
    /** The 一体化 system's export (form.md §2.3). */
    SPECIAL_ACCOUNT("财政专户管理资金"),
    UNIT("单位资金");

    private final String label;

    FundKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
