package cn.ziping.read;

import cn.ziping.model.Finding;
import cn.ziping.model.Num;
import cn.ziping.model.Summary;
import cn.ziping.model.SummaryRow;
import cn.ziping.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the 汇总表 (form.md §3): the claims block (label, then value to its right) and the
 * project table below it, found by its header row.
 */
final class SummaryReader {

    private static final Set<String> TOTAL = Set.of("合计", "总计", "合计数");

    private final SheetGrid g;
    private final Cells cells;

    SummaryReader(SheetGrid grid, List<Finding> findings) {
        this.g = grid;
        this.cells = new Cells(grid, findings);
    }

    /** Is this the summary sheet: named 汇总表, or a 单位名称 claim above a project table? */
    static boolean looksLikeSummary(SheetGrid g) {
        if (Labels.norm(g.name).contains("汇总")) return true;
        return g.find(0, g.rows, n -> n.equals("单位名称")) != null && tableHeader(g) >= 0;
    }

    static int tableHeader(SheetGrid g) {
        for (int r = 0; r < g.rows; r++) {
            boolean name = false;
            boolean other = false;
            for (int c = 0; c < g.cols; c++) {
                String h = g.header(r, c);
                if (h.equals("项目名称")) name = true;
                if (h.equals("序号") || h.equals("自评表") || h.equals("自评得分")) other = true;
            }
            if (name && other) return r;
        }
        return -1;
    }

    Summary read() {
        int header = tableHeader(g);
        int claimsEnd = header < 0 ? g.rows : header;
        Text unitName = claimText(claimsEnd, n -> n.equals("单位名称") || n.equals("部门名称") || n.equals("填报单位"));
        Text year = claimText(claimsEnd, n -> n.equals("年度") || n.equals("评价年度"));
        if (year != null && !year.isBlank()) {
            var m = java.util.regex.Pattern.compile("(\\d{4})").matcher(Labels.halfWidth(year.value()));
            year = new Text(m.find() ? m.group(1) : year.value(), year.at());
        }
        Num count = claimNum(claimsEnd, n -> n.equals("项目个数") || n.equals("项目数量"));
        Num budget = claimAmount(claimsEnd, n -> Labels.header(n).startsWith("全年预算数合计")
                || Labels.header(n).startsWith("预算项目支出总计"));
        Num executed = claimAmount(claimsEnd, n -> Labels.header(n).startsWith("全年执行数合计"));
        Num lt60 = claimNum(claimsEnd, n -> n.contains("60") && n.contains("以下") && n.contains("个数"));
        Num ge90 = claimNum(claimsEnd, n -> n.contains("90") && n.contains("以上") && n.contains("个数"));
        Num mid = claimNum(claimsEnd, n -> n.contains("60") && n.contains("90") && !n.contains("以上")
                && !n.contains("以下") && n.contains("个数"));
        List<SummaryRow> rows = new ArrayList<>();
        SummaryRow totalRow = null;
        Text headerText = null;
        if (header >= 0) {
            headerText = new Text(g.text(header, col(header, "项目名称")), g.ref(header, col(header, "项目名称")));
            int blanks = 0;
            for (int r = header + 1; r < g.rows && blanks < 5; r++) {
                if (g.rowBlank(r)) {
                    blanks++;
                    continue;
                }
                blanks = 0;
                SummaryRow row = row(header, r);
                String seq = row.seq() == null ? "" : Labels.norm(row.seq().value());
                String name = row.name() == null ? "" : Labels.norm(row.name().value());
                if (TOTAL.contains(seq) || TOTAL.contains(name)) {
                    totalRow = row;
                    break;
                }
                if (name.isEmpty() && (row.budget() == null || row.budget().isBlank())) continue;
                rows.add(row);
            }
        }
        return new Summary(g.name, unitName, year, count, budget, executed, ge90, mid, lt60,
                headerText, List.copyOf(rows), totalRow);
    }

    private SummaryRow row(int header, int r) {
        return new SummaryRow(r, cells.text(r, col(header, "序号")), cells.text(r, col(header, "项目名称")),
                cells.text(r, col(header, "资金来源")), cells.amount(r, colStarting(header, "年初预算")),
                cells.amount(r, col(header, "全年预算数", "调整后预算数")),
                cells.amount(r, col(header, "全年执行数", "预算执行数")),
                cells.rate(r, colStarting(header, "执行率", "预算执行率")),
                cells.num(r, col(header, "自评得分", "得分")),
                cells.text(r, col(header, "自评等级", "自评结论", "等级")),
                cells.text(r, colStarting(header, "是否结转")),
                cells.text(r, colStarting(header, "是否抽查")),
                cells.text(r, col(header, "自评表", "工作表")),
                cells.text(r, col(header, "备注")));
    }

    private int col(int r, String... labels) {
        for (int c = 0; c < g.cols; c++) {
            String h = g.header(r, c);
            for (String l : labels) {
                if (h.equals(l)) return c;
            }
        }
        return -1;
    }

    private int colStarting(int r, String... prefixes) {
        for (int c = 0; c < g.cols; c++) {
            String h = g.header(r, c);
            for (String p : prefixes) {
                if (h.startsWith(p)) return c;
            }
        }
        return -1;
    }

    private Text claimText(int end, Predicate<String> label) {
        int[] at = g.find(0, end, label);
        if (at == null) return null;
        int vc = g.valueCol(at[0], at[1]);
        return vc < 0 ? new Text("", g.ref(at[0], at[1])) : cells.text(at[0], vc);
    }

    private Num claimNum(int end, Predicate<String> label) {
        return claimNum(end, label, false);
    }

    private Num claimAmount(int end, Predicate<String> label) {
        return claimNum(end, label, true);
    }

    private Num claimNum(int end, Predicate<String> label, boolean amount) {
        int[] at = g.find(0, end, label);
        if (at == null) return null;
        int vc = g.valueCol(at[0], at[1]);
        if (vc < 0) return Num.blank(g.ref(at[0], at[1]));
        return amount ? cells.amount(at[0], vc) : cells.num(at[0], vc);
    }
}
