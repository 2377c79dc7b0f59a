package cn.ziping.check;

import cn.ziping.model.Narrative;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a narrative report states, found by the wordings reports use (the seed's
 * "2024年预算项目支出总计1851.72万元，自评得分 90分以上的22个，得分60至90分0个，60分以下3个" and its
 * variants) and, for each project the text names, the amounts, 执行率, score and grade that follow
 * the name before another project is named. Amounts are converted to 万元 from 元/万元/亿元;
 * per-unit amounts ("每户9元", "4000元/辆") are not a project's amount and are skipped. A project
 * table's rows are read by {@link ReportTables}.
 */
final class ReportFigures {

    /** What a stated figure is. */
    enum Kind { BUDGET_TOTAL, EXECUTED_TOTAL, COUNT, GE90, FROM60TO90, LT60, CARRY_OVER, AMOUNT, BUDGET, EXECUTED, RATE, SCORE, GRADE }

    /**
     * One figure: {@code value} in 万元 for amounts (as written in {@code raw} with {@code unit}),
     * the number for counts, rates and scores; {@code grade} for a grade. {@code project} is the
     * index of the project for project figures, else -1; {@code strong} marks an amount introduced
     * as the project's money (项目资金, 经费, 支出…) rather than any amount in its text.
     */
    record Stated(Kind kind, int paragraph, String quote, BigDecimal value, String raw, String unit, String grade,
                  int project, boolean strong) {
    }

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String UNIT = "\\s*(亿元|万元|元)";
    private static final Pattern BUDGET_TOTAL = Pattern.compile(
            "(?:支出|资金|预算|项目)\\s*(?:总计|合计|总额|共计)\\s*(?:为|是|达|:)?\\s*" + NUM + UNIT);
    private static final Pattern EXECUTED_TOTAL = Pattern.compile(
            "(?:执行数|执行金额|实际支出)\\s*(?:总计|合计|总额|共计)?\\s*(?:为|是|达|:)?\\s*" + NUM + UNIT);
    private static final Pattern COUNT = Pattern.compile(
            "共(?:计|有)?\\s*" + NUM + "\\s*个(?:预算)?(?:支出)?项目|(?<!抽查|结转)项目(?:总数|个数)(?:为|是|:)?\\s*" + NUM + "\\s*个?");
    private static final Pattern GE90 = Pattern.compile("90\\s*分?\\s*(?:\\(含\\))?(?:及|或)?以上(?:的)?(?:项目)?(?:有|共)?\\s*" + NUM + "\\s*个");
    private static final Pattern FROM60TO90 = Pattern.compile(
            "60\\s*分?\\s*(?:\\(含\\))?\\s*(?:至|到|-|—|–|~|～)\\s*90\\s*分?(?:之间)?(?:\\(不含\\))?(?:的)?(?:项目)?(?:有|共)?\\s*" + NUM + "\\s*个");
    private static final Pattern LT60 = Pattern.compile("60\\s*分?\\s*以下(?:的)?(?:项目)?(?:有|共)?\\s*" + NUM + "\\s*个");
    private static final Pattern CARRY_OVER = Pattern.compile("结转项目(?:共|有)?\\s*" + NUM + "\\s*个");
    private static final Pattern AMOUNT = Pattern.compile(NUM + UNIT + "(?!\\s*/)");
    private static final Pattern STRONG = Pattern.compile("(?:资金|经费|支出|预算|金额|费用|拨款|配套|投资)[^，。；、,]{0,4}$");
    private static final Pattern PER_UNIT = Pattern.compile("每[^，。；,]{0,4}$");
    private static final Pattern RATE = Pattern.compile("执行率\\s*(?:为|是|达到?|:)?\\s*" + NUM + "\\s*%");
    private static final Pattern SCORE = Pattern.compile("得分\\s*(?:为|是|:)?\\s*" + NUM
            + "(?![\\d.])(?!\\s*分?\\s*(?:以上|以下|至|到|-|~|及|\\(含))\\s*分?");
    private static final Pattern GRADE = Pattern.compile("(?:等级|结论|评价结果|评定)\\s*(?:为|是|:)?\\s*[“\"‘']?([优良中差])");

    private ReportFigures() {
    }

    static List<Stated> find(Narrative report, ProjectNames names) {
        List<Stated> out = new ArrayList<>();
        for (int n = 1; n <= report.paragraphs().size(); n++) {
            String original = report.paragraph(n);
            // ziping's own note atop a draft quotes the workbook's wrong claims: not the report's figures.
            if (original.startsWith("【ziping")) continue;
            String text = halfWidth(original);
            boolean[] used = new boolean[text.length()];
            statistic(out, n, original, text, used, BUDGET_TOTAL, Kind.BUDGET_TOTAL);
            statistic(out, n, original, text, used, EXECUTED_TOTAL, Kind.EXECUTED_TOTAL);
            statistic(out, n, original, text, used, COUNT, Kind.COUNT);
            statistic(out, n, original, text, used, GE90, Kind.GE90);
            statistic(out, n, original, text, used, FROM60TO90, Kind.FROM60TO90);
            statistic(out, n, original, text, used, LT60, Kind.LT60);
            statistic(out, n, original, text, used, CARRY_OVER, Kind.CARRY_OVER);
            List<ProjectNames.Mention> mentions = names.find(text);
            for (int m = 0; m < mentions.size(); m++) {
                int from = mentions.get(m).end();
                int to = m + 1 < mentions.size() ? mentions.get(m + 1).start() : text.length();
                projectFigures(out, n, original, text, used, mentions.get(m).start(), from, to, mentions.get(m).project());
            }
        }
        ReportTables.find(out, report, names);
        return out;
    }

    private static void statistic(List<Stated> out, int n, String original, String text, boolean[] used,
                                  Pattern p, Kind kind) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (used[m.start()]) continue;
            int g = m.group(1) != null ? 1 : 2;
            boolean money = kind == Kind.BUDGET_TOTAL || kind == Kind.EXECUTED_TOTAL;
            String unit = money ? m.group(g + 1) : null;
            BigDecimal v = number(m.group(g));
            out.add(new Stated(kind, n, quote(original, m.start(), m.end()), money ? wan(v, unit) : v, m.group(g), unit,
                    null, -1, true));
            mark(used, m.start(), m.end());
        }
    }

    private static void projectFigures(List<Stated> out, int n, String original, String text, boolean[] used,
                                       int named, int from, int to, int project) {
        Matcher m = AMOUNT.matcher(text).region(from, to);
        while (m.find()) {
            if (used[m.start()]) continue;
            String before = text.substring(Math.max(from, m.start() - 12), m.start());
            if (PER_UNIT.matcher(before).find()) continue;
            BigDecimal v = number(m.group(1));
            out.add(new Stated(Kind.AMOUNT, n, quote(original, m.start(), m.end(), named), wan(v, m.group(2)), m.group(1), m.group(2),
                    null, project, STRONG.matcher(before).find()));
        }
        for (Kind kind : new Kind[] {Kind.RATE, Kind.SCORE}) {
            Matcher r = (kind == Kind.RATE ? RATE : SCORE).matcher(text).region(from, to);
            while (r.find()) {
                if (used[r.start()]) continue;
                out.add(new Stated(kind, n, quote(original, r.start(), r.end(), named), number(r.group(1)), r.group(1), null, null,
                        project, true));
            }
        }
        Matcher g = GRADE.matcher(text).region(from, to);
        while (g.find()) {
            out.add(new Stated(Kind.GRADE, n, quote(original, g.start(), g.end(), named), null, g.group(1), null, g.group(1),
                    project, true));
        }
    }

    /** 元 and 亿元 to 万元, keeping every digit written. */
    static BigDecimal wan(BigDecimal v, String unit) {
        if ("元".equals(unit)) return v.divide(Money.TEN_THOUSAND);
        if ("亿元".equals(unit)) return v.multiply(Money.TEN_THOUSAND);
        return v;
    }

    private static BigDecimal number(String s) {
        return new BigDecimal(s.replace(",", ""));
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) used[i] = true;
    }

    /** Full-width digits, letters and signs as ASCII, one char for one, so offsets stay valid. */
    static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) b.append(ch >= '\uFF01' && ch <= '\uFF5E' ? (char) (ch - 0xFEE0) : ch == '\u3000' ? ' ' : ch);
        return b.toString();
    }

    static String quote(String text, int start, int end) {
        return quote(text, start, end, -1);
    }

    /**
     * The sentence around a figure, shortened to about 60 characters with the figure kept, and
     * with the project's name ({@code named}) when it is near enough.
     */
    static String quote(String text, int start, int end, int named) {
        int s = start;
        while (s > 0 && "。；！？;!?\t".indexOf(text.charAt(s - 1)) < 0) s--;
        if (named >= 0 && named < s && start - named <= 45) s = named;
        int e = end;
        while (e < text.length() && "。；！？;!?\t".indexOf(text.charAt(e)) < 0) e++;
        if (e < text.length() && text.charAt(e) != '\t') e++;
        String lead = "";
        String tail = "";
        if (start - s > (named >= 0 ? 45 : 30)) {
            s = start - 30;
            lead = "…";
        }
        if (e - end > 25) {
            e = end + 25;
            tail = "…";
        }
        return lead + text.substring(s, e).strip() + tail;
    }
}
