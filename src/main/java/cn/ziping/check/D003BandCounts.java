package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.Num;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Summary;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Scoring;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * D003: the claimed band counts (≥90 / 60–90 / &lt;60) ≠ the counts of ziping's computed 总分
 * of the listed projects (a row without a sheet counts by its typed 自评得分). Example: claimed
 * 22/0/3, computed 21/1/3.
 */
public final class D003BandCounts implements Check {

    private static final String[] LABELS = {"90分（含）以上", "60（含）-90分", "60分以下"};

    @Override public String code() { return "D003"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Summary s = ctx.submission().summary();
        if (s == null) return out;
        int[] counts = counts(ctx);
        List<String> unplaced = unplaced(ctx);
        Num[] claims = {s.claimedGe90(), s.claimed60to90(), s.claimedLt60()};
        for (int i = 0; i < 3; i++) {
            Num c = claims[i];
            if (c == null || c.isBlank()) continue;
            int low = c.value().compareTo(BigDecimal.valueOf(counts[i]));
            // A project without a computable 总分 may belong to any band: the claim is wrong only
            // where no placing of those projects would make it right (scoring.md §8).
            boolean wrong = low < 0 || c.value().compareTo(BigDecimal.valueOf(counts[i] + unplaced.size())) > 0;
            if (low != 0 && wrong) {
                out.add(at(c.at(), unplaced.isEmpty()
                        ? Messages.text("D003.message", LABELS[i], c.raw(), counts[i])
                        : Messages.text("D003.unplaced", LABELS[i], c.raw(), counts[i], unplaced.size(), String.join("、", unplaced)),
                        unplaced.isEmpty() ? String.valueOf(counts[i]) : null));
            }
        }
        return out;
    }

    /** Listed projects whose 总分 cannot be computed (scoring.md §8): they count in no band. */
    public static List<String> unplaced(Context ctx) {
        List<String> out = new ArrayList<>();
        for (SummaryRow row : ctx.submission().summary().rows()) {
            ProjectForm f = ctx.form(row);
            if (f != null && ctx.score(f).total() == null) out.add("“" + f.displayName() + "”");
        }
        return out;
    }

    /** Computed band counts of the listed projects: ≥90, 60–&lt;90, &lt;60. */
    public static int[] counts(Context ctx) {
        int[] counts = new int[3];
        for (SummaryRow row : ctx.submission().summary().rows()) {
            ProjectForm f = ctx.form(row);
            BigDecimal total = f != null ? ctx.score(f).total()
                    : row.score() != null && !row.score().isBlank() ? row.score().value() : null;
            // f with no computable 总分: counted in no band (see unplaced).
            if (total != null) counts[Scoring.reportBand(total)]++;
        }
        return counts;
    }
}
