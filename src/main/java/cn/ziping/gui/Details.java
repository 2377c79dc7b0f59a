package cn.ziping.gui;

import cn.ziping.app.Evaluation;
import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the window shows for the selected file, as plain values (no display needed): the
 * department line, the findings rows and the projects rows.
 */
public final class Details {

    /** Headers of the findings table. */
    public static final List<String> FINDING_COLUMNS = List.of("严重程度", "代码", "位置", "说明");
    /** Headers of the projects table. */
    public static final List<String> PROJECT_COLUMNS = List.of("项目", "全年预算数", "全年执行数", "执行率", "执行得分",
            "指标得分", "总分", "等级");

    private Details() {
    }

    /**
     * 单位, 年度, 项目数, the two totals and the three score bands, as ziping computes them; for a
     * single form, its project's name and total. Empty for an unreadable file.
     */
    public static String departmentLine(Evaluation e) {
        if (e == null || e.error() != null || e.submission() == null) return "";
        Department d = e.department();
        if (d == null) {
            if (e.scores().isEmpty()) return "未找到可计分的项目表";
            ProjectScore s = e.scores().get(0);
            return "单个项目：" + s.form().displayName() + "　　全年预算数 " + amount(s.budget()) + " 万元　　全年执行数 "
                    + amount(s.executed()) + " 万元　　总分 " + number(s.total()) + "　　等级 " + text(s.grade());
        }
        return "单位：" + text(d.name()) + "　　年度：" + (d.year() == null ? "—" : d.year()) + "　　项目数：" + d.projects()
                + "　　全年预算数合计：" + amount(d.budgetTotal()) + " 万元　　全年执行数合计：" + amount(d.executedTotal())
                + " 万元　　≥90 分：" + d.bands()[0] + "　60–90 分：" + d.bands()[1] + "　<60 分：" + d.bands()[2];
    }

    /** One row per finding: 严重程度, 代码, 位置 (工作表!单元格), 说明. */
    public static List<Object[]> findingRows(Evaluation e) {
        if (e == null) return List.of();
        return e.findings().stream().map(Details::findingRow).toList();
    }

    static Object[] findingRow(Finding f) {
        return new Object[] {f.severity().label(), f.code(), f.cell().toString(), f.message()};
    }

    /** One row per scored form: 项目, amounts, 执行率 (%), the scores and 等级. */
    public static List<Object[]> projectRows(Evaluation e) {
        if (e == null) return List.of();
        return e.scores().stream().map(s -> new Object[] {s.form().displayName(), s.budget(), s.executed(),
                s.ratePercent() == null ? null : s.ratePercent().stripTrailingZeros().toPlainString() + "%",
                s.executionScore(), s.indicatorScore(), s.total(), text(s.grade())}).toList();
    }

    private static String amount(BigDecimal v) {
        return v == null ? "—" : v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String number(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
