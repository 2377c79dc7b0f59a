package cn.ziping.report;

import cn.ziping.app.Evaluation;
import cn.ziping.check.Department;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import cn.ziping.score.ProjectScore;
import cn.ziping.score.Scoring;
import java.math.BigDecimal;

/**
 * The few figures a person wants first about one evaluated workbook (the mail reply's summary):
 * the unit, how many projects, the 全年预算数 total in 万元, how many projects fall in each band
 * (≥90 / 60–90 / &lt;60) by ziping's 总分, and the finding counts. A department workbook's figures
 * are its {@link Department} roll-up; a single form's are its own. Only for a readable file.
 */
public record Digest(String title, int projects, BigDecimal budgetTotal, int[] bands,
                     long errors, long warnings, long infos) {

    /** The band labels in the order of {@link #bands}. */
    public static final String[] BAND_LABELS = {"90分（含）以上", "60（含）-90分", "60分以下"};

    public static Digest of(Evaluation e) {
        if (e.error() != null) throw new IllegalArgumentException("no digest for an unreadable file");
        Department d = e.department();
        int projects;
        BigDecimal budget;
        int[] bands;
        if (d != null) {
            projects = d.projects();
            budget = d.budgetTotal();
            bands = d.bands().clone();
        } else {
            projects = e.scores().size();
            budget = BigDecimal.ZERO;
            bands = new int[3];
            for (ProjectScore s : e.scores()) {
                if (s.budget() != null) budget = budget.add(s.budget());
                if (s.computable() && s.total() != null) bands[Scoring.reportBand(s.total())]++;
            }
            budget = Money.round2(budget);
        }
        return new Digest(TextReport.title(e), projects, budget, bands, e.count(Severity.ERROR),
                e.count(Severity.WARNING), e.count(Severity.INFO));
    }
}
