package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** D006: the same project listed twice in the 汇总表 (same name). Example: two rows “应急演练经费”. */
public final class D006DuplicateProject implements Check {

    @Override public String code() { return "D006"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.isDepartment()) return out;
        Map<String, SummaryRow> seen = new HashMap<>();
        for (SummaryRow row : ctx.submission().summary().rows()) {
            if (row.name() == null || row.name().isBlank()) continue;
            SummaryRow first = seen.putIfAbsent(Texts.norm(row.name().value()), row);
            if (first != null) {
                out.add(at(row.name().at(), Messages.text("D006.message", row.name().value(), first.row() + 1), null));
            }
        }
        return out;
    }
}
