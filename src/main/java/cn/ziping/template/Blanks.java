package cn.ziping.template;

import cn.ziping.template.FormContent.FundLine;
import cn.ziping.template.FormContent.IndicatorLine;
import java.util.ArrayList;
import java.util.List;

/** The blank templates' content: empty cells, standard labels, the usual indicator rows. */
public final class Blanks {

    /** The standard 一级/二级 rows a blank form offers (form.md §2). */
    private static final String[][] ROWS = {
        {"产出指标", "数量指标"}, {"产出指标", "数量指标"}, {"产出指标", "质量指标"}, {"产出指标", "时效指标"},
        {"产出指标", "成本指标"}, {"效益指标", "经济效益指标"}, {"效益指标", "社会效益指标"},
        {"效益指标", "生态效益指标"}, {"效益指标", "可持续影响指标"}, {"满意度指标", "服务对象满意度指标"},
    };

    private Blanks() {
    }

    public static List<FundLine> fundLabels() {
        return List.of(new FundLine("年度资金总额", null, null, null),
                new FundLine("其中：当年财政拨款", null, null, null),
                new FundLine("上年结转资金", null, null, null),
                new FundLine("其他资金", null, null, null));
    }

    public static FormContent form(String sheet) {
        List<IndicatorLine> rows = new ArrayList<>();
        for (String[] r : ROWS) {
            rows.add(new IndicatorLine(r[0], r[1], null, null, null, null, null, null));
        }
        return new FormContent(sheet, null, null, null, null, fundLabels(), null, null, rows,
                null, null, null, null);
    }

    public static SummaryContent summary() {
        return new SummaryContent(null, null, null, null, null, null, null, null, List.of(), 10);
    }
}
