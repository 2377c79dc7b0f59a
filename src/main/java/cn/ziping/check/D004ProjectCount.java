package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Severity;
import cn.ziping.model.Summary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** D004: the claimed 项目个数 ≠ the number of project rows in the summary. Example: 25 claimed, 24 rows. */
public final class D004ProjectCount implements Check {

    @Override public String code() { return "D004"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Summary s = ctx.submission().summary();
        if (s == null || s.claimedCount() == null || s.claimedCount().isBlank()) return out;
        int n = s.rows().size();
        if (s.claimedCount().value().compareTo(BigDecimal.valueOf(n)) != 0) {
            out.add(at(s.claimedCount().at(), Messages.text("D004.message", s.claimedCount().raw(), n),
                    String.valueOf(n)));
        }
        return out;
    }
}
