package cn.ziping.read;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a sheet is arranged: is it a form (its title, or its labels in a form's arrangement), where
 * its header rows and columns are, and whether it is the 一体化 system's export (form.md §2.3).
 * All by label (form.md §2.2 rule 1).
 */
final class FormShape {

    private static final Pattern NOT_TITLE = Pattern.compile("说明|填表|填报要求|要求|注意|请|[。；;]");

    private FormShape() {
    }

    /**
     * Does the sheet look like a project form at all: its title, or a 项目名称 label together with a
     * form's arrangement — a fund header row (全年预算数 and 全年执行数 side by side) or an indicator
     * header row (三级指标 and 分值). A 说明 sheet that lists 项目名称, 年度资金总额 and 绩效指标 one per
     * row of a table of instructions has none of these and is not a form.
     */
    static boolean looksLikeForm(SheetGrid g) {
        return g.find(0, Math.min(g.rows, 12), FormShape::isTitle) != null
                || (g.find(0, g.rows, n -> n.equals("项目名称")) != null
                    && (headerRow(g, FormReader.BUDGET, FormReader.EXECUTED) != null || headerRow(g, Set.of("三级指标"), FormReader.WEIGHT) != null));
    }

    /**
     * A form's title: names the form and is short. "项目支出绩效自评表填表说明" or a sentence that
     * mentions the form is not one.
     */
    static boolean isTitle(String n) {
        return n.contains(FormReader.TITLE) && n.length() <= 40 && !NOT_TITLE.matcher(n).find();
    }

    /**
     * The 一体化 export (form.md §2.3): its title 部门预算项目支出绩效自评表, or its fund header
     * (预算执行情况 · 年度预算数 · 预算执行率 on every row).
     */
    static boolean isExport(SheetGrid g, int[] title, int fundHeader) {
        if (title != null && g.norm(title[0], title[1]).startsWith("部门预算" + FormReader.TITLE)) return true;
        return colStarting(g, fundHeader, "预算执行情况") >= 0 || colStarting(g, fundHeader, "年度预算数") >= 0;
    }

    /** The row heading the goals as 项目年度目标 · 年度目标完成情况, as {row, expected col, actual col}. */
    static int[] goalPair(SheetGrid g, int end) {
        for (int r = 0; r < end; r++) {
            int exp = -1;
            int act = -1;
            for (int c = 0; c < g.cols; c++) {
                String n = g.norm(r, c);
                if (exp < 0 && n.equals("项目年度目标")) exp = c;
                if (act < 0 && n.equals("年度目标完成情况")) act = c;
            }
            if (exp >= 0 && act >= 0) return new int[] {r, exp, act};
        }
        return null;
    }

    /** The first row holding a label of {@code a} and one of {@code b}, as {row, column of a}. */
    static int[] headerRow(SheetGrid g, Set<String> a, Set<String> b) {
        for (int r = 0; r < g.rows; r++) {
            if (col(g, r, a) >= 0 && col(g, r, b) >= 0) return new int[] {r, col(g, r, a)};
        }
        return null;
    }

    static int col(SheetGrid g, int r, Set<String> labels) {
        for (int c = 0; c < g.cols; c++) {
            if (labels.contains(g.header(r, c))) return c;
        }
        return -1;
    }

    static int colStarting(SheetGrid g, int r, String prefix) {
        for (int c = 0; c < g.cols; c++) {
            if (g.header(r, c).startsWith(prefix)) return c;
        }
        return -1;
    }

    static int colContaining(SheetGrid g, int r, String part) {
        for (int c = 0; c < g.cols; c++) {
            if (g.header(r, c).contains(part)) return c;
        }
        return -1;
    }
}
