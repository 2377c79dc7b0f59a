package cn.ziping.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One 项目支出绩效自评表 as read. {@code total} is the 总分 row (null when the form has none),
 * {@code grade} the 自评等级 row (null when absent). {@code printedWeights} maps a 一级 name
 * (产出指标) to the weight printed in its label, with the label's cell.
 */
public record ProjectForm(String sheet, CellRef titleCell, Text year, Text name, Text department,
                          Text unit, Text fundsLabel, List<FundRow> funds, Text goalExpected,
                          Text goalActual, Text indicatorsLabel, List<Indicator> indicators,
                          Map<String, Num> printedWeights, TotalRow total, Text grade) {

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
