package cn.ziping.model;

/**
 * One 三级 indicator row. {@code level1}/{@code level2} are filled down from merged cells (and
 * {@code level1} is without printed points: those are in {@link ProjectForm#printedWeights()});
 * {@code target} is {@code targetText} parsed, null when empty.
 */
public record Indicator(Text level1, Text level2, Text name, Text targetText, Target target,
                        Text actual, Num weight, Num score, Text reason) {
}
