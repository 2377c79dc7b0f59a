package cn.ziping.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One 项目支出绩效自评表 as read. {@code total} is the 总分 row (null when the form has none),
 * {@code grade} the 自评等级 row (null when absent). {@code printedWeights} maps a 一级 name
 * (产出指标) to the weight printed in its label, with the label's cell. {@code code} is the 项目编码
 * that the 一体化 system's export puts before the name ({@code 51000021R000000019951-工资性支出}),
 * null when none; {@code ratePerRow} is true for that export, which prints 预算执行率 on every fund
 * row (form.md §2.3): each row's rate is then checked, and a rate on a 其中 row is no mistake.
 */
public record ProjectForm(String sheet, CellRef titleCell, Text year, Text name, Text department,
                          Text unit, Text fundsLabel, List<FundRow> funds, Text goalExpected,
                          Text goalActual, Text indicatorsLabel, List<Indicator> indicators,
                          Map<String, Num> printedWeights, TotalRow total, Text grade, String code,
                          boolean ratePerRow) {

    /** A form without a project code, in the standard layout (only 年度资金总额 carries a rate). */
    public ProjectForm(String sheet, CellRef titleCell, Text year, Text name, Text department,
                       Text unit, Text fundsLabel, List<FundRow> funds, Text goalExpected,
                       Text goalActual, Text indicatorsLabel, List<Indicator> indicators,
                       Map<String, Num> printedWeights, TotalRow total, Text grade) {
        this(sheet, titleCell, year, name, department, unit, fundsLabel, funds, goalExpected, goalActual,
                indicatorsLabel, indicators, printedWeights, total, grade, null, false);
    }

    /** The 总分 row: its 分值 cell and its 得分 cell. */
    public record TotalRow(Text label, Num weight, Num score) {
    }

    public Optional<FundRow> fund(FundKind kind) {
        return funds.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /** The project's name, or the sheet name where the form has none. */
    public String displayName() {
        return name == null || name.isBlank() ? sheet : name.value();
    }
}
