package cn.ziping.model;

/**
 * One 三级 indicator row. {@code level1}/{@code level2} are filled down from merged cells;
 * {@code printedLevel1Weight} is the weight printed in the 一级 label ({@code 产出指标(50分)}),
 * or null.
 */
public record Indicator(Text level1, Text level2, Text name, Text targetText, Target target,
                        Text actual, Num weight, Num score, Text reason) {

    public int row() {
        return name.at().row();
    }
}
