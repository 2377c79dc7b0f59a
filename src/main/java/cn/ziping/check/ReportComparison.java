package cn.ziping.check;

import cn.ziping.check.ReportFigures.Kind;
import cn.ziping.check.ReportFigures.Stated;
import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Narrative;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the figures a narrative report states with ziping's computed values: the department's
 * totals, counts and bands ({@link Department}) and each named project's amounts, 执行率, 总分 and
 * 等级. A figure agrees when it is the computed value rounded as the report writes it. A project's
 * amounts agree when any amount beside its name (in that paragraph) is its 全年预算数 or 全年执行数:
 * reports also give sub-amounts (其中…配套) and totals of larger schemes. An amount written in 元
 * whose digits are what the workbook typed in its 万元 column is the workbook's slip (D008/F009),
 * not the report's: it is not reported again, and it explains a 支出总计 that does not agree.
 */
public final class ReportComparison {

    /** What was compared: the N001 findings, and a short line for each figure that agreed. */
    public record Result(List<Finding> findings, List<String> agreed) {
    }

    /**
     * A project of the department as a report names it, with ziping's values: amounts as the
     * summary row types them (else the form's), the form's score (null for a row without a
     * sheet), its summary row (null without a summary) and whether it is a carry-over project.
     */
    public record Project(String name, BigDecimal budget, BigDecimal executed, ProjectScore score, SummaryRow row,
                          boolean carryOver) {
    }

    /** An amount the report writes in 元 that the workbook typed, digit for digit, in 万元. */
    private record Slip(Project project, Stated stated) {
    }

    private static final String CODE = "N001";

    private ReportComparison() {
    }

    public static Result compare(Context ctx, Narrative report) {
        List<Project> projects = projects(ctx);
        ProjectNames names = new ProjectNames(projects.stream().map(Project::name).toList());
        List<Stated> stated = ReportFigures.find(report, names);
        List<Finding> findings = new ArrayList<>();
        Set<String> agreed = new LinkedHashSet<>();
        List<Slip> explained = new ArrayList<>();
        Map<String, List<Stated>> amounts = new LinkedHashMap<>();
        for (Stated s : stated) {
            if (s.kind() == Kind.AMOUNT) amounts.computeIfAbsent(s.project() + "@" + s.paragraph(), k -> new ArrayList<>()).add(s);
        }
        for (List<Stated> group : amounts.values()) amounts(group, projects.get(group.get(0).project()), findings, agreed, explained);
        for (Stated s : stated) {
            if (s.project() >= 0 && s.kind() != Kind.AMOUNT) projectFigure(s, projects.get(s.project()), findings, agreed);
        }
        Department dept = Department.of(ctx);
        if (dept != null) statistics(ctx, dept, stated, projects, findings, agreed, explained);
        findings.sort(Finding.ORDER);
        return new Result(List.copyOf(findings), List.copyOf(agreed));
    }

    private static void statistics(Context ctx, Department dept, List<Stated> stated, List<Project> projects,
                                   List<Finding> findings, Set<String> agreed, List<Slip> explained) {
        int carryOver = carryOvers(ctx);
        boolean countStated = false;
        for (Stated s : stated) {
            if (s.project() >= 0) continue;
            String what;
            BigDecimal computed;
            String unit = "个";
            switch (s.kind()) {
                case BUDGET_TOTAL -> { what = "预算项目支出总计"; computed = dept.budgetTotal(); unit = "万元"; }
                case EXECUTED_TOTAL -> { what = "全年执行数合计"; computed = dept.executedTotal(); unit = "万元"; }
                case COUNT -> { what = "项目个数"; computed = BigDecimal.valueOf(dept.projects()); countStated = true; }
                case GE90 -> { what = "自评得分90分以上的项目"; computed = BigDecimal.valueOf(dept.bands()[0]); }
                case FROM60TO90 -> { what = "自评得分60至90分的项目"; computed = BigDecimal.valueOf(dept.bands()[1]); }
                case LT60 -> { what = "自评得分60分以下的项目"; computed = BigDecimal.valueOf(dept.bands()[2]); }
                case CARRY_OVER -> { what = "结转项目"; computed = BigDecimal.valueOf(carryOver); }
                default -> { continue; }
            }
            String shown = unit.equals("万元") ? Money.amount(s.value()) : Money.plain(s.value());
            if (agrees(s.value(), s.raw(), s.unit(), computed)) {
                agreed.add(what + " " + shown + " " + unit);
                continue;
            }
            String computedText = unit.equals("万元") ? Money.fmt(computed) : Money.plain(computed);
            String message = where(s) + "：" + what + " " + shown + " " + unit + "，工作簿" + (unit.equals("万元")
                    ? "各项目合计为 " : "按计算为 ") + computedText + " " + unit;
            if (s.kind() == Kind.BUDGET_TOTAL) message += explain(explained, computed, s);
            findings.add(new Finding(CODE, Severity.ERROR, CellRef.paragraph(s.paragraph()), message, computedText));
        }
        if (!countStated) impliedCount(stated, dept, agreed);
    }

    /** The seed states no count, only the three bands: their sum is the count it implies. */
    private static void impliedCount(List<Stated> stated, Department dept, Set<String> agreed) {
        BigDecimal[] bands = new BigDecimal[3];
        for (Stated s : stated) {
            int i = s.kind() == Kind.GE90 ? 0 : s.kind() == Kind.FROM60TO90 ? 1 : s.kind() == Kind.LT60 ? 2 : -1;
            if (i >= 0 && bands[i] == null) bands[i] = s.value();
        }
        if (bands[0] == null || bands[1] == null || bands[2] == null) return;
        BigDecimal sum = bands[0].add(bands[1]).add(bands[2]);
        if (sum.intValue() == dept.projects()) agreed.add("项目个数 " + dept.projects() + " 个（各分数段之和）");
    }

    private static void amounts(List<Stated> group, Project p, List<Finding> findings, Set<String> agreed,
                                List<Slip> explained) {
        Stated first = null;
        for (Stated s : group) {
            if ("元".equals(s.unit()) && typedAs(p, new BigDecimal(s.raw().replace(",", "")))) {
                explained.add(new Slip(p, s));
                return;
            }
            if (agrees(s.value(), s.raw(), s.unit(), p.budget()) || agrees(s.value(), s.raw(), s.unit(), p.executed())) {
                agreed.add("金额：" + p.name());
                return;
            }
            if (first == null && s.strong()) first = s;
        }
        if (first == null || p.budget() == null) return;
        String executed = p.executed() == null ? "" : "、全年执行数为 " + Money.amount(p.executed()) + " 万元";
        findings.add(new Finding(CODE, Severity.ERROR, CellRef.paragraph(first.paragraph()), where(first) + "：“" + p.name()
                + "”的金额为 " + Money.amount(first.value()) + " 万元，工作簿中该项目全年预算数为 " + Money.amount(p.budget())
                + " 万元" + executed, Money.amount(p.budget())));
    }

    /** The note on 支出总计: which 元-typed amount explains the difference, and whether it reconciles. */
    private static String explain(List<Slip> slips, BigDecimal computed, Stated total) {
        StringBuilder b = new StringBuilder();
        BigDecimal corrected = computed;
        for (Slip x : slips) {
            BigDecimal typed = new BigDecimal(x.stated().raw().replace(",", ""));
            corrected = corrected.subtract(typed).add(x.stated().value());
            b.append("；报告把“").append(x.project().name()).append("”写作 ").append(x.stated().raw()).append("元（")
                    .append(Money.amount(x.stated().value())).append(" 万元），工作簿却在万元栏填写 ").append(Money.amount(typed));
        }
        if (slips.isEmpty()) return "";
        b.append("：按 ").append(slips.size() == 1 ? Money.amount(slips.get(0).stated().value()) + " 万元" : "万元").append("更正后合计为 ")
                .append(Money.fmt(corrected)).append(" 万元");
        b.append(agrees(total.value(), total.raw(), total.unit(), corrected) ? "，正与报告一致，应更正的是工作簿" : "，仍与报告不一致");
        return b.toString();
    }

    private static boolean typedAs(Project p, BigDecimal digits) {
        return p.budget() != null && p.budget().compareTo(digits) == 0
                || p.executed() != null && p.executed().compareTo(digits) == 0;
    }

    private static void projectFigure(Stated s, Project p, List<Finding> findings, Set<String> agreed) {
        ProjectScore sc = p.score();
        if (sc == null) return;
        String what;
        String statedText;
        String computedText;
        boolean same;
        switch (s.kind()) {
            case BUDGET, EXECUTED -> {
                boolean budget = s.kind() == Kind.BUDGET;
                BigDecimal computed = budget ? p.budget() : p.executed();
                if (computed == null) return;
                // The seed's 67805.20元 against a 67805.20 typed in 万元: the workbook's slip (D008/F009), not the report's.
                if ("元".equals(s.unit()) && computed.compareTo(new BigDecimal(s.raw().replace(",", ""))) == 0) return;
                what = budget ? "全年预算数" : "全年执行数";
                statedText = Money.amount(s.value()) + " 万元";
                computedText = Money.amount(computed) + " 万元";
                same = agrees(s.value(), s.raw(), s.unit(), computed);
            }
            case RATE -> {
                if (!sc.computable() || sc.ratePercent() == null) return;
                what = "执行率";
                statedText = s.raw() + "%";
                computedText = Money.fmt(sc.ratePercent()) + "%";
                same = agrees(s.value(), s.raw(), null, sc.ratePercent());
            }
            case SCORE -> {
                if (sc.total() == null) return;
                what = "自评得分";
                statedText = s.raw() + " 分";
                computedText = Money.fmt(sc.total()) + " 分";
                same = agrees(s.value(), s.raw(), null, sc.total());
            }
            case GRADE -> {
                if (sc.grade() == null) return;
                what = "自评等级";
                statedText = s.grade();
                computedText = sc.grade();
                same = s.grade().equals(sc.grade());
            }
            default -> { return; }
        }
        if (same) {
            agreed.add(what + "：" + p.name());
            return;
        }
        findings.add(new Finding(CODE, Severity.ERROR, CellRef.paragraph(s.paragraph()), where(s) + "：“" + p.name() + "”的"
                + what + "为 " + statedText + "，ziping 按工作簿计算为 " + computedText,
                computedText.replace(" 分", "").replace(" 万元", "")));
    }

    /**
     * Equal as written: the computed value rounded to the report's decimals (an amount in 元 to
     * the yuan digits written). A report rounds; it does not invent a different figure.
     */
    static boolean agrees(BigDecimal stated, String raw, String unit, BigDecimal computed) {
        if (computed == null) return false;
        int decimals = raw.contains(".") ? raw.length() - raw.indexOf('.') - 1 : 0;
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        BigDecimal c = computed;
        BigDecimal st = stated;
        if ("元".equals(unit)) c = c.multiply(Money.TEN_THOUSAND);
        else if ("亿元".equals(unit)) c = c.divide(Money.TEN_THOUSAND);
        if ("元".equals(unit) || "亿元".equals(unit)) st = new BigDecimal(raw.replace(",", ""));
        return st.subtract(c).abs().compareTo(half.add(new BigDecimal("0.0000001"))) <= 0;
    }

    private static String where(Stated s) {
        return "报告第 " + s.paragraph() + " 段“" + s.quote() + "”";
    }

    private static int carryOvers(Context ctx) {
        int n = 0;
        if (ctx.isDepartment()) {
            for (SummaryRow row : ctx.submission().summary().rows()) {
                ProjectForm f = ctx.form(row);
                if (f != null ? CarryOver.of(f, row) : row.carryOver() != null && Texts.norm(row.carryOver().value()).equals("是")) n++;
            }
        } else {
            for (ProjectForm f : ctx.forms()) if (CarryOver.of(f, null)) n++;
        }
        return n;
    }

    /** The department's projects: its summary rows in order, then any form the summary does not list. */
    public static List<Project> projects(Context ctx) {
        List<Project> out = new ArrayList<>();
        if (ctx.isDepartment()) {
            for (SummaryRow row : ctx.submission().summary().rows()) {
                if (row.name() == null || row.name().isBlank()) continue;
                ProjectForm f = ctx.form(row);
                ProjectScore sc = f == null ? null : ctx.score(f);
                boolean carry = f != null ? CarryOver.of(f, row)
                        : row.carryOver() != null && Texts.norm(row.carryOver().value()).equals("是");
                out.add(new Project(row.name().value(), typed(row.budget(), sc == null ? null : sc.budget()),
                        typed(row.executed(), sc == null ? null : sc.executed()), sc, row, carry));
            }
        }
        for (ProjectForm f : ctx.forms()) {
            if (ctx.isDepartment() && ctx.row(f) != null) continue;
            ProjectScore sc = ctx.score(f);
            out.add(new Project(f.displayName(), sc.budget(), sc.executed(), sc, null, CarryOver.of(f, null)));
        }
        return out;
    }

    private static BigDecimal typed(cn.ziping.model.Num n, BigDecimal sheet) {
        return n != null && !n.isBlank() ? n.value() : sheet;
    }
}
