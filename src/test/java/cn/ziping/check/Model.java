package cn.ziping.check;

import cn.ziping.model.CellRef;
import cn.ziping.model.FundKind;
import cn.ziping.model.FundRow;
import cn.ziping.model.Indicator;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Submission;
import cn.ziping.model.Summary;
import cn.ziping.model.SummaryRow;
import cn.ziping.model.Text;
import cn.ziping.read.TargetParser;
import cn.ziping.score.Profile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds models in code for check tests, laid out like the standard template (fund rows 7–10,
 * indicators from row 14). Starts as a clean project: 100 万元 budgeted and spent, seven
 * indicators at full marks, 总分 100, 优, a survey mentioned.
 */
final class Model {

    final String sheet;
    String name = "测试项目";
    String department = "某某局";
    String unit = "某某中心";
    String year = "2024";
    String[] total = {"100", "100", "100", "10", "1", "10"};
    String[] current = {"100", "100", "100", null, null, null};
    String[] carry = {null, null, null, null, null, null};
    String[] other = {null, null, null, null, null, null};
    String goalExpected = "完成培训";
    String goalActual = "完成培训50人次，问卷调查满意度96%";
    final List<String[]> indicators = new ArrayList<>();
    String totalScore = "100";
    String totalWeight = "100";
    String grade = "优";
    final Map<String, String> printed = new LinkedHashMap<>();

    Model(String sheet) {
        this.sheet = sheet;
        ind("产出指标", "数量指标", "培训人次", "≥50人次", "50人次", "20", "20", "");
        ind("产出指标", "质量指标", "考核合格率", "≥95%", "96%", "10", "10", "");
        ind("产出指标", "时效指标", "完成时间", "2024年12月底前", "达成年度指标", "10", "10", "");
        ind("产出指标", "成本指标", "培训成本", "≤100万元", "100万元", "10", "10", "");
        ind("效益指标", "社会效益指标", "能力提升", "明显提升", "达成年度指标", "20", "20", "");
        ind("效益指标", "可持续影响指标", "长效机制", "持续发挥作用", "达成年度指标", "10", "10", "");
        ind("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "96%", "10", "10", "");
    }

    Model() {
        this("项目A");
    }

    Model ind(String l1, String l2, String name, String target, String actual, String w, String s, String reason) {
        indicators.add(new String[] {l1, l2, name, target, actual, w, s, reason});
        return this;
    }

    /** Changes field {@code field} (0 l1 … 7 reason) of indicator {@code i}. */
    Model set(int i, int field, String value) {
        indicators.get(i)[field] = value;
        return this;
    }

    Model execution(String budget, String executed, String rate, String score) {
        total[1] = budget;
        total[2] = executed;
        total[4] = rate;
        total[5] = score;
        current[1] = budget;
        current[2] = executed;
        return this;
    }

    CellRef at(int row, int col) {
        return new CellRef(sheet, row, col);
    }

    private Num num(String v, int row, int col) {
        if (v == null) return Num.blank(at(row, col));
        String unit = v.endsWith("元") && !v.endsWith("万元") ? "元" : null;
        String n = unit == null ? v : v.substring(0, v.length() - 1);
        BigDecimal value = new BigDecimal(n);
        if (unit != null) value = value.movePointLeft(4);
        return new Num(value, v, unit, at(row, col));
    }

    private Text text(String v, int row, int col) {
        return new Text(v == null ? "" : v, at(row, col));
    }

    private FundRow fund(FundKind kind, String label, String[] v, int row) {
        return new FundRow(kind, text(label, row, 1), num(v[0], row, 2), num(v[1], row, 3), num(v[2], row, 4),
                num(v[3], row, 5), num(v[4], row, 6), num(v[5], row, 7));
    }

    ProjectForm build() {
        List<FundRow> funds = List.of(fund(FundKind.TOTAL, "年度资金总额", total, 6),
                fund(FundKind.CURRENT, "其中：当年财政拨款", current, 7), fund(FundKind.CARRY_OVER, "上年结转资金", carry, 8),
                fund(FundKind.OTHER, "其他资金", other, 9));
        List<Indicator> inds = new ArrayList<>();
        Map<String, Num> printedWeights = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size(); i++) {
            String[] x = indicators.get(i);
            int r = 13 + i;
            inds.add(new Indicator(text(x[0], r, 1), text(x[1], r, 2), text(x[2], r, 3), text(x[3], r, 4),
                    TargetParser.parse(x[3], x[1].contains("成本")), text(x[4], r, 5), num(x[5], r, 6),
                    num(x[6], r, 7), text(x[7], r, 8)));
            if (printed.containsKey(x[0]) && !printedWeights.containsKey(x[0])) {
                printedWeights.put(x[0], num(printed.get(x[0]), r, 1));
            }
        }
        int z = 13 + indicators.size();
        return new ProjectForm(sheet, at(1, 0), text(year, 2, 0), name == null ? null : text(name, 3, 2),
                text(department, 4, 2), text(unit, 4, 6), text("项目资金（万元）", 5, 0), funds,
                text(goalExpected, 11, 1), text(goalActual, 11, 5), text("绩效指标", 12, 0), inds, printedWeights,
                new ProjectForm.TotalRow(text("总分", z, 0), num(totalWeight, z, 6), num(totalScore, z, 7)),
                text(grade, z + 1, 7));
    }

    /** A single-project submission. */
    static Submission single(ProjectForm f) {
        return new Submission("t.xlsx", null, List.of(f), List.of());
    }

    static Context context(ProjectForm... forms) {
        return new Context(new Submission("t.xlsx", null, List.of(forms), List.of()), Profile.NATIONAL);
    }

    /** A summary sheet built in code; rows are {name, sheet, budget, executed, rate, score, grade, 结转, 备注}. */
    static final class Dept {
        String unitName = "某某局";
        String year = "2024";
        String count;
        String budget;
        String executed;
        String ge90;
        String mid;
        String lt60;
        final List<String[]> rows = new ArrayList<>();

        Dept row(String... v) {
            rows.add(v);
            return this;
        }

        private static Num num(String v, CellRef at) {
            return v == null ? Num.blank(at) : new Num(new BigDecimal(v), v, null, at);
        }

        Summary build() {
            List<SummaryRow> out = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                String[] v = rows.get(i);
                int r = 13 + i;
                CellRef a = new CellRef("汇总表", r, 0);
                out.add(new SummaryRow(r, new Text(String.valueOf(i + 1), a), new Text(v[0], a.at(r, 1)),
                        new Text("县级", a.at(r, 2)), num(v[2], a.at(r, 3)), num(v[2], a.at(r, 4)), num(v[3], a.at(r, 5)),
                        num(v[4], a.at(r, 6)), num(v[5], a.at(r, 7)), new Text(v[6] == null ? "" : v[6], a.at(r, 8)),
                        new Text(v.length > 7 && v[7] != null ? v[7] : "否", a.at(r, 9)), new Text("否", a.at(r, 10)),
                        new Text(v[1] == null ? "" : v[1], a.at(r, 11)), new Text(v.length > 8 && v[8] != null ? v[8] : "", a.at(r, 12))));
            }
            CellRef c = new CellRef("汇总表", 0, 2);
            return new Summary("汇总表", new Text(unitName, c.at(3, 2)), new Text(year, c.at(4, 2)),
                    count == null ? null : num(count, c.at(5, 2)), budget == null ? null : num(budget, c.at(6, 2)),
                    executed == null ? null : num(executed, c.at(7, 2)), ge90 == null ? null : num(ge90, c.at(8, 2)),
                    mid == null ? null : num(mid, c.at(9, 2)), lt60 == null ? null : num(lt60, c.at(10, 2)),
                    new Text("项目名称", c.at(12, 1)), out, null);
        }

        Context context(ProjectForm... forms) {
            return new Context(new Submission("t.xlsx", build(), List.of(forms), List.of()), Profile.NATIONAL);
        }
    }
}
