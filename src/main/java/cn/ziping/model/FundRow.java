package cn.ziping.model;

/** One row of the fund block; every cell keeps its address, blank or not. */
public record FundRow(FundKind kind, Text label, Num initial, Num budget, Num executed,
                      Num weight, Num rate, Num score) {
}
