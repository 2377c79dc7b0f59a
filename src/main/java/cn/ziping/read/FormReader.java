package cn.ziping.read;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Indicator;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Target;
import cn.ziping.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one 项目支出绩效自评表 by its labels (form.md §2.2), never by fixed address: rows may be
 * inserted anywhere, labels wrapped, cells merged. What it cannot read becomes an R finding.
 */
final class FormReader {

    static final String TITLE = "项目支出绩效自评表";
    static final Set<String> BUDGET = Set.of("全年预算数", "调整后预算数", "调整后的预算", "全年预算");
    static final Set<String> EXECUTED = Set.of("全年执行数", "预算执行数", "执行数");
    static final Set<String> WEIGHT = Set.of("分值", "权重", "指标权重", "权重(分)", "分值(分)");
    private static final Set<String> SCORE = Set.of("得分", "实际得分", "自评得分", "得分(分)");
    private static final Set<String> TARGET = Set.of("年度指标值", "指标值", "年初指标值", "年度目标值");
    private static final Set<String> ACTUAL = Set.of("实际完成值", "完成值", "全年完成值", "全年实际值");
    private static final Set<String> TOTAL = Set.of("总分", "合计", "总计", "得分合计");
    private static final Set<String> GRADE = Set.of("自评等级", "自评结论", "评价等级", "等级");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern PLACEHOLDER = Pattern.compile("^(指标\\d*|……+|…+|\\.{3,}|\\d+)$");

    private final Cells cells;
    private final SheetGrid g;
    private final List<Finding> findings;

    FormReader(SheetGrid grid, List<Finding> findings) {
        this.g = grid;
        this.findings = findings;
        this.cells = new Cells(grid, findings);
    }

    /** The form, or null when a required block is missing (then an R001 finding says which). */
    ProjectForm read() {
        int[] title = g.find(0, Math.min(g.rows, 12), FormShape::isTitle);
        CellRef titleCell = title == null ? g.ref(0, 0) : g.ref(title[0], title[1]);
        int[] fundHeader = findHeaderRow(BUDGET, EXECUTED);
        int[] indHeader = findHeaderRow(Set.of("三级指标"), WEIGHT);
        List<String> missing = new ArrayList<>();
        if (fundHeader == null) missing.add(Messages.text("R001.fundsBlock"));
        if (indHeader == null) missing.add(Messages.text("R001.indicatorsBlock"));
        if (!missing.isEmpty()) {
            findings.add(new Finding("R001", Severity.ERROR, titleCell,
                    Messages.text("R001.missing", g.name, String.join("、", missing)), null));
            return null;
        }
        Text year = readYear(titleCell);
        Text name = labelled(n -> n.equals("项目名称"));
        String code = null;
        String[] coded = name == null ? null : ExportLayout.splitCode(name.value());
        if (coded != null) {
            code = coded[0];
            name = new Text(coded[1], name.at());
        }
        Text department = labelled(n -> n.equals("主管部门") || n.startsWith("主管部门及"));
        Text unit = labelled(n -> n.equals("实施单位") || n.startsWith("实施单位及") || n.startsWith("实施单位("));
        int[] fundsLabel = g.find(0, g.rows, n -> n.startsWith("项目资金"));
        int[] goal = g.find(fundHeader[0] + 1, indHeader[0], n -> n.contains("总体目标"));
        // The export (form.md §2.3) heads its goals 项目年度目标 · 年度目标完成情况, before or after the funds.
        int[] goalPair = goal == null ? FormShape.goalPair(g, indHeader[0]) : null;
        int fundsEnd = goal != null ? goal[0]
                : goalPair != null && goalPair[0] > fundHeader[0] ? goalPair[0] : indHeader[0];
        List<FundRow> funds = readFunds(fundHeader[0], fundsEnd);
        Text goalExpected = null;
        Text goalActual = null;
        if (goal != null) {
            Text[] texts = readGoal(goal[0], goal[1], indHeader[0]);
            goalExpected = texts[0];
            goalActual = texts[1];
        } else if (goalPair != null) {
            int vr = g.region(goalPair[0], goalPair[1]) == null ? goalPair[0] + 1 : g.region(goalPair[0], goalPair[1]).getLastRow() + 1;
            goalExpected = cells.text(vr, goalPair[1]);
            goalActual = cells.text(vr, goalPair[2]);
        } else {
            findings.add(new Finding("R001", Severity.ERROR, g.ref(fundsEnd, 0),
                    Messages.text("R001.noGoal", g.name), null));
        }
        int[] indLabel = g.find(indHeader[0], indHeader[0] + 1, n -> n.equals("绩效指标"));
        Text indicatorsLabel = indLabel == null ? new Text("绩效指标", g.ref(indHeader[0], indHeader[1]))
                : new Text(g.text(indLabel[0], indLabel[1]), g.ref(indLabel[0], indLabel[1]));
        Map<String, Num> printed = new LinkedHashMap<>();
        List<Indicator> indicators = new ArrayList<>();
        int end = readIndicators(indHeader[0], indicators, printed);
        ProjectForm.TotalRow total = null;
        Text grade = null;
        int scoreCol = col(indHeader[0], SCORE);
        int weightCol = col(indHeader[0], WEIGHT);
        for (int r = end; r < g.rows; r++) {
            for (int c = 0; c < g.cols; c++) {
                String n = g.norm(r, c);
                if (total == null && TOTAL.contains(n) && c < weightCol) {
                    // Some forms merge the 总分 label across the 分值 column: a column the label covers holds no value.
                    int labelEnd = g.lastCol(r, c);
                    total = new ProjectForm.TotalRow(new Text(g.text(r, c), g.ref(r, c)),
                            weightCol > labelEnd ? cells.num(r, weightCol) : null,
                            scoreCol > labelEnd ? cells.num(r, scoreCol) : null);
                    break;
                }
                if (grade == null && GRADE.contains(n)) {
                    int vc = g.valueCol(r, c);
                    if (vc >= 0 && g.raw(r, vc).isBlank() && scoreCol > g.lastCol(r, c)) vc = scoreCol;
                    grade = vc < 0 ? new Text("", g.ref(r, c)) : cells.text(r, vc);
                    break;
                }
            }
        }
        return new ProjectForm(g.name, titleCell, year, name, department, unit,
                fundsLabel == null ? new Text("项目资金", g.ref(fundHeader[0], 0))
                        : new Text(g.text(fundsLabel[0], fundsLabel[1]), g.ref(fundsLabel[0], fundsLabel[1])),
                funds, goalExpected, goalActual, indicatorsLabel, List.copyOf(indicators),
                printed, total, grade, code, FormShape.isExport(g, title, fundHeader[0]));
    }

    private Text readYear(CellRef titleCell) {
        for (int r = 0; r < Math.min(g.rows, 8); r++) {
            for (int c = 0; c < g.cols; c++) {
                String t = g.norm(r, c);
                Matcher m = YEAR.matcher(t);
                if (m.find() && (t.contains("年度") || t.startsWith("(") || t.contains(TITLE))) {
                    return new Text(m.group(1), g.ref(r, c));
                }
            }
        }
        return new Text("", titleCell);
    }

    /** The value of a header label (项目名称 · value); null when the label is absent. */
    private Text labelled(java.util.function.Predicate<String> label) {
        int[] at = g.find(0, g.rows, label);
        if (at == null) return null;
        int vc = g.valueCol(at[0], at[1]);
        if (vc < 0) return new Text("", g.ref(at[0], at[1]));
        Text t = cells.text(at[0], vc);
        // A blank value cell that is the next label (主管部门 · · 实施单位) is not a value.
        String n = g.norm(at[0], vc);
        if (n.equals("实施单位") || n.equals("主管部门")) return new Text("", g.ref(at[0], g.lastCol(at[0], at[1]) + 1));
        return t;
    }

    private int[] findHeaderRow(Set<String> a, Set<String> b) {
        return FormShape.headerRow(g, a, b);
    }

    private int col(int r, Set<String> labels) {
        return FormShape.col(g, r, labels);
    }

    private int colStarting(int r, String prefix) {
        return FormShape.colStarting(g, r, prefix);
    }

    private List<FundRow> readFunds(int header, int end) {
        int initial = colStarting(header, "年初预算");
        int budget = col(header, BUDGET);
        int executed = col(header, EXECUTED);
        int weight = col(header, WEIGHT);
        int rate = FormShape.colContaining(g, header, "执行率");
        int score = col(header, SCORE);
        int firstAmount = initial >= 0 ? Math.min(initial, budget) : budget;
        List<FundRow> rows = new ArrayList<>();
        for (int r = header + 1; r < end; r++) {
            FundKind kind = null;
            int labelCol = -1;
            for (int c = 0; c < firstAmount && kind == null; c++) {
                kind = fundKind(g.norm(r, c));
                labelCol = c;
            }
            if (kind == null) continue;
            rows.add(new FundRow(kind, new Text(g.text(r, labelCol), g.ref(r, labelCol)),
                    cells.amount(r, initial), cells.amount(r, budget), cells.amount(r, executed),
                    cells.num(r, weight), cells.rate(r, rate), cells.num(r, score)));
        }
        return rows;
    }

    static FundKind fundKind(String n) {
        if (n.isEmpty() || n.startsWith("项目资金")) return null;
        if (n.contains("年度资金总额") || n.equals("资金总额") || n.equals("总额")) return FundKind.TOTAL;
        if (n.contains("财政专户")) return FundKind.SPECIAL_ACCOUNT;
        if (n.contains("单位资金")) return FundKind.UNIT;
        if (n.contains("本级安排")) return FundKind.LOCAL;
        if (n.contains("上级补助")) return FundKind.UPPER;
        if (n.contains("财政拨款")) return FundKind.CURRENT;
        if (n.contains("上年结转")) return FundKind.CARRY_OVER;
        if (n.contains("财政资金")) return FundKind.FISCAL;
        if (n.contains("其他资金") || n.equals("其他") || n.equals("其中:其他")) return FundKind.OTHER;
        return null;
    }

    private Text[] readGoal(int r, int c, int end) {
        int expCol = -1;
        int actCol = -1;
        for (int x = c + 1; x < g.cols; x++) {
            String n = g.norm(r, x);
            if (expCol < 0 && (n.equals("预期目标") || n.equals("年度目标"))) expCol = x;
            if (actCol < 0 && n.startsWith("实际完成")) actCol = x;
        }
        if (expCol >= 0 && actCol >= 0) {
            int vr = g.region(r, expCol) == null ? r + 1 : g.region(r, expCol).getLastRow() + 1;
            if (vr < end) return new Text[] {cells.text(vr, expCol), cells.text(vr, actCol)};
        }
        int first = g.valueCol(r, c);
        int second = first < 0 ? -1 : g.valueCol(r, first);
        return new Text[] {cells.text(r, first), cells.text(r, second)};
    }

    /** Reads indicator rows under the header; returns the first row after them. */
    private int readIndicators(int header, List<Indicator> out, Map<String, Num> printed) {
        int l1 = colStarting(header, "一级指标");
        int l2 = colStarting(header, "二级指标");
        int l3 = colStarting(header, "三级指标");
        int target = col(header, TARGET);
        int actual = col(header, ACTUAL);
        int weight = col(header, WEIGHT);
        int score = col(header, SCORE);
        int nature = colStarting(header, "指标性质");
        int unitCol = colStarting(header, "度量单位");
        int reason = -1;
        for (int c = 0; c < g.cols; c++) {
            if (g.header(header, c).contains("原因")) reason = c;
        }
        Text level1 = null;
        Text level2 = null;
        int r = header + 1;
        for (; r < g.rows; r++) {
            boolean end = false;
            for (int c = 0; c < Math.max(1, weight); c++) {
                String n = g.norm(r, c);
                if (TOTAL.contains(n) || GRADE.contains(n)) end = true;
            }
            if (end) break;
            Text t1 = cells.text(r, l1);
            if (t1 != null && !t1.isBlank() && (level1 == null || !t1.at().equals(level1.at()))) {
                String points = Labels.points(t1.value());
                String name = Labels.withoutPoints(t1.value());
                level1 = new Text(name, t1.at());
                level2 = null;
                if (points != null) {
                    printed.put(name, new Num(new java.math.BigDecimal(points), points, "分", t1.at()));
                }
            }
            Text t2 = cells.text(r, l2);
            if (t2 != null && !t2.isBlank()) level2 = new Text(Labels.norm(t2.value()), t2.at());
            Text name = cells.text(r, l3);
            Text natureText = cells.text(r, nature);
            Text targetText = nature < 0 ? cells.text(r, target)
                    : ExportLayout.target(natureText, cells.text(r, target), cells.text(r, unitCol));
            Text actualText = cells.text(r, actual);
            Num w = cells.num(r, weight);
            Num s = cells.num(r, score);
            boolean noValues = isBlank(targetText) && isBlank(actualText) && (w == null || !w.isTyped())
                    && (s == null || !s.isTyped());
            boolean placeholder = name != null && !name.isBlank()
                    && PLACEHOLDER.matcher(Labels.norm(name.value()).replace(":", "")).matches();
            // form.md §2.2 rule 4: "指标1:" with "/" or "—" in every other cell is a placeholder too,
            // and a row of nothing but such tokens is no indicator.
            boolean onlyEmptyTokens = isBlank(targetText) && isBlank(actualText) && emptyToken(w) && emptyToken(s);
            if (noValues || onlyEmptyTokens && (placeholder || name == null || name.isBlank())) {
                if (placeholder) {
                    findings.add(new Finding("R003", Severity.INFO, name.at(),
                            Messages.text("R003.placeholder", name.value()), null));
                }
                continue;
            }
            boolean cost = level2 != null && level2.value().contains("成本");
            Target parsed = targetText == null ? null : TargetParser.parse(targetText.value(), cost);
            if (parsed != null && parsed.isQuantitative() && ExportLayout.qualitative(natureText)) {
                parsed = ExportLayout.qualitativeTarget(targetText.value());
            }
            if (parsed != null && parsed.operatorAssumed()) {
                findings.add(new Finding("R003", Severity.INFO, targetText.at(),
                        Messages.text(cost ? "R003.assumedCost" : "R003.assumed", targetText.value(),
                                parsed.operator().symbol()), null));
            }
            CellRef at = g.ref(r, Math.max(l3, 0));
            out.add(new Indicator(level1 == null ? new Text("", at) : level1,
                    level2 == null ? new Text("", at) : level2,
                    name == null ? new Text("", at) : name,
                    targetText == null ? new Text("", at) : targetText, parsed,
                    actualText == null ? new Text("", at) : actualText, w, s,
                    reason < 0 ? new Text("", at) : cells.text(r, reason)));
        }
        return r;
    }

    /** Blank, or an empty token such as "/" (read as no value, and not unreadable). */
    private static boolean emptyToken(Num n) {
        return n == null || n.isBlank() && !n.unreadable();
    }

    private static boolean isBlank(Text t) {
        return t == null || t.isBlank();
    }
}
