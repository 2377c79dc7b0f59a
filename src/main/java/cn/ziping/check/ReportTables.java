package cn.ziping.check;

import cn.ziping.check.ReportFigures.Kind;
import cn.ziping.check.ReportFigures.Stated;
import cn.ziping.model.Narrative;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures of a project table in a report (a .docx table reads as paragraphs whose cells are
 * tab-separated): a header row with 项目名称 says what each column is (全年预算数, 全年执行数, 执行率,
 * 自评得分, 等级; amounts in 万元 unless the header says 元 or 亿元), and each following row with as
 * many cells is one project, or the 合计 row compared with the department's totals.
 */
final class ReportTables {

    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*%?$");

    private ReportTables() {
    }

    static void find(List<Stated> out, Narrative report, ProjectNames names) {
        List<String> paragraphs = report.paragraphs();
        for (int n = 1; n <= paragraphs.size(); n++) {
            String[] header = ReportFigures.halfWidth(paragraphs.get(n - 1)).split("\t", -1);
            Kind[] kinds = kinds(header);
            if (kinds == null) continue;
            int row = n + 1;
            for (; row <= paragraphs.size(); row++) {
                String[] cells = ReportFigures.halfWidth(paragraphs.get(row - 1)).split("\t", -1);
                if (cells.length != header.length) break;
                row(out, row, paragraphs.get(row - 1), header, kinds, cells, names);
            }
            n = row - 1;
        }
    }

    /** What each column holds, or null when this is not a project table's header. */
    private static Kind[] kinds(String[] header) {
        if (header.length < 2) return null;
        Kind[] kinds = new Kind[header.length];
        boolean name = false;
        boolean any = false;
        for (int c = 0; c < header.length; c++) {
            String h = Texts.norm(header[c]);
            if (h.equals("项目名称") || h.equals("项目")) name = true;
            else if (h.contains("执行率")) kinds[c] = Kind.RATE;
            else if (h.contains("执行数") || h.contains("执行金额") || h.contains("支出数")) kinds[c] = Kind.EXECUTED;
            else if (h.contains("预算")) kinds[c] = Kind.BUDGET;
            else if (h.contains("得分") || h.contains("分数")) kinds[c] = Kind.SCORE;
            else if (h.contains("等级") || h.contains("结论")) kinds[c] = Kind.GRADE;
            any |= kinds[c] != null;
        }
        return name && any ? kinds : null;
    }

    private static void row(List<Stated> out, int n, String original, String[] header, Kind[] kinds, String[] cells,
                            ProjectNames names) {
        String first = Texts.norm(cells[0]);
        boolean total = first.equals("合计") || first.equals("总计");
        int project = -1;
        if (!total) {
            List<ProjectNames.Mention> m = names.find(cells[0].strip());
            // The name cell must be the name (a tolerated variant of it), not a sentence naming it.
            if (m.size() != 1 || m.get(0).end() - m.get(0).start() < first.length() * 0.7) return;
            project = m.get(0).project();
        }
        String quote = original.replace("\t", " | ").strip();
        for (int c = 1; c < cells.length; c++) {
            Kind kind = kinds[c];
            if (kind == null) continue;
            String cell = cells[c].strip();
            if (kind == Kind.GRADE) {
                if (!total && cell.matches("[优良中差]")) out.add(new Stated(kind, n, quote, null, cell, null, cell, project, true));
                continue;
            }
            Matcher m = NUMBER.matcher(cell);
            if (!m.matches()) continue;
            BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
            boolean money = kind == Kind.BUDGET || kind == Kind.EXECUTED;
            String unit = money ? unit(header[c]) : null;
            if (total) {
                if (money) out.add(new Stated(kind == Kind.BUDGET ? Kind.BUDGET_TOTAL : Kind.EXECUTED_TOTAL, n, quote,
                        ReportFigures.wan(v, unit), m.group(1), unit, null, -1, true));
            } else {
                out.add(new Stated(kind, n, quote, money ? ReportFigures.wan(v, unit) : v, m.group(1), unit, null, project, true));
            }
        }
    }

    private static String unit(String header) {
        if (header.contains("亿元")) return "亿元";
        if (header.contains("万元")) return "万元";
        return header.contains("元") ? "元" : "万元";
    }
}
