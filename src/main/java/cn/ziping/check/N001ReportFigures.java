package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import java.util.List;

/**
 * N001: a figure the department's narrative report states (预算项目支出总计, 项目个数, the band
 * counts, 结转项目个数, a project's amount, 执行率, 自评得分 or 等级) differs from what ziping computes
 * from the workbook. Runs only when a report is given ({@code --report}); the finding points at
 * the report's paragraph ({@code 报告!P12}) and quotes the sentence. Example: the seed report's
 * "预算项目支出总计1851.72万元" against the rows' 69650.14 万元. See {@link ReportComparison}.
 */
public final class N001ReportFigures implements Check {

    @Override
    public String code() {
        return "N001";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public List<Finding> run(Context ctx) {
        if (ctx.narrative() == null) return List.of();
        return ReportComparison.compare(ctx, ctx.narrative()).findings();
    }
}
