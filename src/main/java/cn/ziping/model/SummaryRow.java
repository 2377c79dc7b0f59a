package cn.ziping.model;

/** One project row of the 汇总表 (form.md §3). */
public record SummaryRow(int row, Text seq, Text name, Text source, Num initial, Num budget,
                         Num executed, Num rate, Num score, Text grade, Text carryOver,
                         Text spotCheck, Text sheetRef, Text remark) {
}
