package cn.ziping.check;

import cn.ziping.check.ReportFigures.Kind;
import cn.ziping.check.ReportFigures.Stated;
import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
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
            String unit = "个"; // 万元 for the sums, else a count: decides formatting and which sentence
            switch (s.kind()) {
                case BUDGET_TOTAL -> { what = Messages.text("N001.budgetTotal"); computed = dept.budgetTotal(); unit = "万元"; }
                case EXECUTED_TOTAL -> { what = Messages.text("N001.executedTotal"); computed = dept.executedTotal(); unit = "万元"; }
                case COUNT -> { what = Messages.text("N001.projectCount"); computed = BigDecimal.valueOf(dept.projects()); countStated = true; }
                case GE90 -> { what = Messages.text("N001.ge90"); computed = BigDecimal.valueOf(dept.bands()[0]); }
                case FROM60TO90 -> { what = Messages.text("N001.from60to90"); computed = BigDecimal.valueOf(dept.bands()[1]); }
                case LT60 -> { what = Messages.text("N001.lt60"); computed = BigDecimal.valueOf(dept.bands()[2]); }
                case CARRY_OVER -> { what = Messages.text("N001.carryOver"); computed = BigDecimal.valueOf(carryOver); }
                default -> { continue; }
            }
            String shown = unit.equals("万元") ? Money.amount(s.value()) : Money.plain(s.value());
            if (agrees(s.value(), s.raw(), s.unit(), computed)) {
                agreed.add(Messages.text(unit.equals("万元") ? "N001.agreedSum" : "N001.agreedCount", what, shown));
                continue;
            }
            String computedText = unit.equals("万元") ? Money.fmt(computed) : Money.plain(computed);
            String message = Messages.text(unit.equals("万元") ? "N001.sum" : "N001.count", where(s), what, shown, computedText);
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
        if (sum.intValue() == dept.projects()) agreed.add(Messages.text("N001.agreedImpliedCount", dept.projects()));
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
                agreed.add(Messages.text("N001.agreedFigure", Messages.text("N001.amount"), p.name()));
                return;
            }
            if (first == null && s.strong()) first = s;
        }
        if (first == null || p.budget() == null) return;
        String message = p.executed() == null
                ? Messages.text("N001.projectAmount", where(first), p.name(), Money.amount(first.value()), Money.amount(p.budget()))
                : Messages.text("N001.projectAmountExecuted", where(first), p.name(), Money.amount(first.value()),
                        Money.amount(p.budget()), Money.amount(p.executed()));
        findings.add(new Finding(CODE, Severity.ERROR, CellRef.paragraph(first.paragraph()), message, Money.amount(p.budget())));
    }

    /** The note on 支出总计: which 元-typed amount explains the difference, and whether it reconciles. */
    private static String explain(List<Slip> slips, BigDecimal computed, Stated total) {
        StringBuilder b = new StringBuilder();
        BigDecimal corrected = computed;
        for (Slip x : slips) {
            BigDecimal typed = new BigDecimal(x.stated().raw().replace(",", ""));
            corrected = corrected.subtract(typed).add(x.stated().value());
            b.append(Messages.text("N001.slip", x.project().name(), x.stated().raw(), Money.amount(x.stated().value()),
                    Money.amount(typed)));
        }
        if (slips.isEmpty()) return "";
        b.append(slips.size() == 1
                ? Messages.text("N001.corrected", Money.amount(slips.get(0).stated().value()), Money.fmt(corrected))
                : Messages.text("N001.correctedAll", Money.fmt(corrected)));
        b.append(Messages.text(agrees(total.value(), total.raw(), total.unit(), corrected) ? "N001.reconciles" : "N001.stillDiffers"));
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
        String sentence; // the finding's key: each kind shows its own unit (万元, %, 分)
        boolean same;
        switch (s.kind()) {
            case BUDGET, EXECUTED -> {
                boolean budget = s.kind() == Kind.BUDGET;
                BigDecimal computed = budget ? p.budget() : p.executed();
                if (computed == null) return;
                // The seed's 67805.20元 against a 67805.20 typed in 万元: the workbook's slip (D008/F009), not the report's.
                if ("元".equals(s.unit()) && computed.compareTo(new BigDecimal(s.raw().replace(",", ""))) == 0) return;
                what = Messages.text(budget ? "N001.budget" : "N001.executed");
                statedText = Money.amount(s.value());
                computedText = Money.amount(computed);
                sentence = "N001.projectSum";
                same = agrees(s.value(), s.raw(), s.unit(), computed);
            }
            case RATE -> {
                if (!sc.computable() || sc.ratePercent() == null) return;
                what = Messages.text("N001.rate");
                statedText = s.raw();
                computedText = Money.fmt(sc.ratePercent());
                sentence = "N001.projectRate";
                same = agrees(s.value(), s.raw(), null, sc.ratePercent());
            }
            case SCORE -> {
                if (sc.total() == null) return;
                what = Messages.text("N001.score");
                statedText = s.raw();
                computedText = Money.fmt(sc.total());
                sentence = "N001.projectScore";
                same = agrees(s.value(), s.raw(), null, sc.total());
            }
            case GRADE -> {
                if (sc.grade() == null) return;
                what = Messages.text("N001.grade");
                statedText = s.grade();
                computedText = sc.grade();
                sentence = "N001.projectGrade";
                same = s.grade().equals(sc.grade());
            }
            default -> { return; }
        }
        if (same) {
            agreed.add(Messages.text("N001.agreedFigure", what, p.name()));
            return;
        }
        findings.add(new Finding(CODE, Severity.ERROR, CellRef.paragraph(s.paragraph()),
                Messages.text(sentence, where(s), p.name(), what, statedText, computedText),
                s.kind() == Kind.RATE ? computedText + "%" : computedText)); // the value to type: a rate keeps its %
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
        return Messages.text("N001.where", s.paragraph(), s.quote());
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
