package cn.ziping.model;

import java.util.List;

/**
 * The 汇总表: the department's claims and its project table. {@code totalRow} is a 合计/总计
 * row at the end of the table, or null.
 */
public record Summary(String sheet, Text unitName, Text year, Num claimedCount,
                      Num claimedBudget, Num claimedExecuted, Num claimedGe90,
                      Num claimed60to90, Num claimedLt60, Text tableHeader,
                      List<SummaryRow> rows, SummaryRow totalRow) {
}
