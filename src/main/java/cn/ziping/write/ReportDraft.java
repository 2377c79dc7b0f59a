package cn.ziping.write;

import cn.ziping.check.Context;
import cn.ziping.check.Department;
import cn.ziping.check.ReportComparison;
import cn.ziping.check.ReportComparison.Project;
import cn.ziping.model.Finding;
import cn.ziping.model.Indicator;
import cn.ziping.model.Severity;
import cn.ziping.model.Text;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import cn.ziping.score.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the first draft of the 绩效自评工作报告 says, in the shape of the published reports (title,
 * 一 to 四, the statistics sentence, the sampled projects, one paragraph per project), every figure
 * taken from ziping's computed values. What only the department knows (how it organised the
 * evaluation, background, measures, the date) is a {@code 【请填写：…】} placeholder, never invented.
 * The content is plain blocks; {@link DraftDocx} lays them out.
 */
public final class ReportDraft {

    /** A piece of a paragraph: plain text, a placeholder the department must fill, or a warning of ours. */
    public record Run(String text, Kind kind) {
        public enum Kind { TEXT, FILL, NOTE }
    }

    /** A block of the document. */
    public sealed interface Block permits Title, Heading, Para, Table, Closing {
    }

    /** The report's title, centred. */
    public record Title(String text) implements Block {
    }

    /** A section heading (一、… 四、). */
    public record Heading(String text) implements Block {
    }

    /** A body paragraph, indented two characters. */
    public record Para(List<Run> runs) implements Block {
    }

    /** A table: its header row and its rows, every row as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** The signature lines at the end, right-aligned. */
    public record Closing(List<Run> runs) implements Block {
    }

    private ReportDraft() {
    }

    static Run text(String s) {
        return new Run(s, Run.Kind.TEXT);
    }

    static Run fill(String what) {
        return new Run("【请填写：" + what + "】", Run.Kind.FILL);
    }

    public static List<Block> build(Context ctx, List<Finding> findings) {
        Department dept = Department.of(ctx);
        List<Project> projects = ReportComparison.projects(ctx);
        String unit = dept != null && dept.name() != null ? dept.name() : null;
        String year = dept != null && dept.year() != null ? dept.year().toString() : null;
        if (!ctx.forms().isEmpty()) {
            // A single-project workbook has no department roll-up: its form names the unit and the year.
            var form = ctx.forms().get(0);
            if (unit == null && form.department() != null && !form.department().isBlank()) unit = form.department().value();
            if (year == null && form.year() != null && form.year().orEmpty().matches("\\d{4}")) year = form.year().value();
        }
        List<Block> out = new ArrayList<>();
        out.add(new Title((unit == null ? "【请填写：单位名称】" : unit) + "关于" + (year == null ? "【请填写：年度】" : year)
                + "年度预算项目绩效自评工作报告"));
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) out.add(errors(errors));
        out.add(new Heading("一、绩效自评工作组织开展情况"));
        out.add(new Para(List.of(fill("本单位组织开展绩效自评的方式：领导小组、评价方法（座谈、查账、现场核查等）、资料审核和财务管理制度等"))));
        out.add(new Heading("二、绩效自评结果"));
        out.add(new Para(statistics(dept, year, projects)));
        out.addAll(sampled(projects));
        out.add(new Para(List.of(text("各项目自评情况如下表（金额单位：万元）："))));
        out.add(table(projects, dept));
        for (Project p : projects) out.add(new Para(project(p)));
        out.add(new Heading("三、存在的问题"));
        out.addAll(problems(projects));
        out.add(new Heading("四、整改措施及结果应用"));
        out.add(new Para(List.of(text("一是"), fill("针对上述问题的整改措施"), text("。二是"), fill("加强预算执行和绩效监控的措施"),
                text("。三是"), fill("自评结果在预算安排、改进管理中的应用"), text("。"))));
        out.add(new Closing(List.of(unit == null ? fill("单位名称") : text(unit), fill("报告日期"))));
        return out;
    }

    private static Para errors(List<Finding> errors) {
        StringBuilder b = new StringBuilder("【ziping 提示：工作簿中有 " + errors.size()
                + " 处错误，本稿的数字按工作簿现有数据计算，请先更正工作簿后重新生成，并删除本段。");
        int n = 1;
        for (Finding f : errors) {
            if (n > 20) {
                b.append(" 另有 ").append(errors.size() - 20).append(" 处见 ziping check 的输出。");
                break;
            }
            b.append(" ").append(n++).append(". ").append(f.cell()).append("：").append(f.message()).append("［").append(f.code()).append("］");
        }
        return new Para(List.of(new Run(b.append("】").toString(), Run.Kind.NOTE)));
    }

    /** The seed's sentence: "2024年预算项目支出总计1851.72万元，自评得分90分以上的22个，得分60至90分0个，60分以下3个(结转项目）。" */
    private static List<Run> statistics(Department dept, String year, List<Project> projects) {
        if (dept == null) return List.of(fill("预算项目支出总计及自评得分分布（工作簿没有汇总表）"));
        int[] b = dept.bands();
        long lowCarry = projects.stream().filter(p -> p.carryOver() && total(p) != null && Scoring.reportBand(total(p)) == 2).count();
        String carry = b[2] == 0 || lowCarry == 0 ? "" : lowCarry == b[2] ? "（结转项目）" : "（其中结转项目" + lowCarry + "个）";
        return List.of(text((year == null ? "" : year + "年") + "预算项目支出总计" + Money.fmt(dept.budgetTotal()) + "万元，共"
                + dept.projects() + "个项目，自评得分90分以上的" + b[0] + "个，得分60至90分" + b[1] + "个，60分以下" + b[2] + "个"
                + carry + "。"));
    }

    private static List<Block> sampled(List<Project> projects) {
        List<Project> s = projects.stream().filter(p -> p.row() != null && p.row().spotCheck() != null
                && "是".equals(p.row().spotCheck().orEmpty().strip())).toList();
        List<Block> out = new ArrayList<>();
        if (s.isEmpty()) {
            boolean listed = projects.stream().anyMatch(p -> p.row() != null);
            out.add(new Para(List.of(text(listed ? "汇总表未标注抽查项目。" : ""), fill("如有抽查项目，写明抽查项目及其基本情况"))));
            return out;
        }
        out.add(new Para(List.of(text("其中，抽查项目" + s.size() + "个，分别是"
                + String.join("、", s.stream().map(Project::name).toList()) + "。"))));
        for (Project p : s) {
            List<Run> runs = new ArrayList<>(List.of(text(p.name() + "基本情况是：")));
            Text goal = p.score() == null ? null : p.score().form().goalExpected();
            if (goal != null && !goal.isBlank()) runs.add(text("年度目标：" + stripStop(goal.value()) + "。"));
            runs.add(fill("立项依据、资金安排等基本情况"));
            out.add(new Para(runs));
        }
        return out;
    }

    private static Table table(List<Project> projects, Department dept) {
        List<List<String>> rows = new ArrayList<>();
        for (Project p : projects) {
            ProjectScore sc = p.score();
            BigDecimal rate = sc != null && sc.computable() ? sc.ratePercent()
                    : p.budget() != null && p.executed() != null && p.budget().signum() > 0 ? Scoring.ratePercent(p.budget(), p.executed()) : null;
            rows.add(List.of(p.name(), amount(p.budget()), amount(p.executed()), rate == null ? "—" : Money.fmt(rate) + "%",
                    sc == null || sc.total() == null ? "—" : Money.fmt(sc.total()), sc == null || sc.grade() == null ? "—" : sc.grade()));
        }
        if (dept != null) rows.add(List.of("合计", Money.fmt(dept.budgetTotal()), Money.fmt(dept.executedTotal()), "", "", ""));
        return new Table(List.of("项目名称", "全年预算数", "全年执行数", "执行率", "自评得分", "等级"), rows);
    }

    /** "项目名：实际完成情况。项目资金…万元，执行…万元，执行率…%，自评得分…分，等级为…。" */
    private static List<Run> project(Project p) {
        List<Run> runs = new ArrayList<>(List.of(text(p.name() + "：")));
        Text actual = p.score() == null ? null : p.score().form().goalActual();
        if (actual == null || actual.isBlank()) runs.add(fill("年度总体目标实际完成情况（自评表未填写）"));
        else runs.add(text(stripStop(actual.value()) + "。"));
        StringBuilder f = new StringBuilder();
        if (p.budget() != null) f.append("项目资金").append(Money.amount(p.budget())).append("万元");
        if (p.executed() != null) f.append(f.isEmpty() ? "" : "，").append("全年执行").append(Money.amount(p.executed())).append("万元");
        ProjectScore sc = p.score();
        if (sc != null && sc.computable() && sc.ratePercent() != null) f.append("，执行率").append(Money.fmt(sc.ratePercent())).append("%");
        if (sc != null && sc.total() != null) f.append("，自评得分").append(Money.fmt(sc.total())).append("分");
        if (sc != null && sc.grade() != null) f.append("，等级为").append(sc.grade());
        if (!f.isEmpty()) runs.add(text(f.append("。").toString()));
        return runs;
    }

    /** Under 三: each project below 90 with the 偏差原因 its form gives. */
    private static List<Block> problems(List<Project> projects) {
        List<Block> out = new ArrayList<>();
        int n = 0;
        for (Project p : projects) {
            BigDecimal total = total(p);
            if (total == null || total.compareTo(BigDecimal.valueOf(90)) >= 0) continue;
            Set<String> reasons = new LinkedHashSet<>();
            if (p.score() != null) {
                for (Indicator i : p.score().form().indicators()) {
                    if (i.reason() != null && !i.reason().isBlank()) reasons.add(stripStop(i.reason().value()));
                }
            }
            if (p.row() != null && p.row().remark() != null && !p.row().remark().isBlank()) reasons.add(stripStop(p.row().remark().value()));
            List<Run> runs = new ArrayList<>(List.of(text(chinese(++n) + "是" + p.name() + "自评得分" + Money.fmt(total) + "分"
                    + (p.carryOver() ? "（结转项目）" : "") + "，偏差原因：")));
            if (reasons.isEmpty()) runs.add(fill("偏差原因（自评表未填写）"));
            else runs.add(text(String.join("；", reasons) + "。"));
            out.add(new Para(runs));
        }
        if (n == 0) out.add(new Para(List.of(text("各项目自评得分均在90分以上。"))));
        out.add(new Para(List.of(fill("预算编制、执行和绩效管理中存在的其他问题"))));
        return out;
    }

    private static BigDecimal total(Project p) {
        return p.score() == null ? null : p.score().total();
    }

    private static String amount(BigDecimal v) {
        return v == null ? "—" : Money.amount(v);
    }

    private static String stripStop(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static String chinese(int n) {
        String[] d = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? d[n] : n < 20 ? "十" + d[n - 10] : d[n / 10] + "十" + d[n % 10];
    }
}
