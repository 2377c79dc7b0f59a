package cn.ziping.model;

/** The comparison a 年度指标值 sets: {@code ≥50个} is GE. */
public enum Operator {
    GE("≥"), GT(">"), EQ("="), LT("<"), LE("≤");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** ≤ and &lt;: less is better (a cost, a time, a rate of accidents). */
    public boolean isReverse() {
        return this == LT || this == LE;
    }
}
