package cn.ziping.check;

import cn.ziping.model.Narrative;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Submission;
import cn.ziping.model.SummaryRow;
import cn.ziping.score.Profile;
import cn.ziping.score.ProjectScore;
import cn.ziping.score.Scorer;
import cn.ziping.model.CellRef;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every check sees: the submission, the profile, ziping's scores of each form (computed
 * once), and which summary row belongs to which form (form.md §3: by 自评表, else by 项目名称).
 */
public final class Context {

    private final Submission submission;
    private final Profile profile;
    private final Map<ProjectForm, ProjectScore> scores = new IdentityHashMap<>();
    private final Map<SummaryRow, ProjectForm> rowToForm = new LinkedHashMap<>();
    private final Map<ProjectForm, SummaryRow> formToRow = new IdentityHashMap<>();
    private final Narrative narrative;

    public Context(Submission submission, Profile profile) {
        this(submission, profile, null);
    }

    /** With the department's narrative report, checked against the workbook by N001. */
    public Context(Submission submission, Profile profile, Narrative narrative) {
        this.submission = submission;
        this.narrative = narrative;
        this.profile = profile;
        for (ProjectForm f : submission.forms()) scores.put(f, Scorer.score(f, profile));
        if (submission.summary() != null) link(submission.summary().rows());
    }

    private void link(List<SummaryRow> rows) {
        for (SummaryRow row : rows) {
            ProjectForm match = null;
            String ref = row.sheetRef() == null ? "" : Texts.norm(row.sheetRef().value());
            if (!ref.isEmpty()) {
                match = submission.forms().stream().filter(f -> Texts.norm(f.sheet()).equals(ref)).findFirst().orElse(null);
            }
            if (match == null && row.name() != null && !row.name().isBlank()) {
                String name = Texts.norm(row.name().value());
                match = submission.forms().stream().filter(f -> !formToRow.containsKey(f))
                        .filter(f -> sameProject(f, name)).findFirst().orElse(null);
            }
            if (match != null && !formToRow.containsKey(match)) {
                rowToForm.put(row, match);
                formToRow.put(match, row);
            }
        }
    }

    /** The row's 项目名称 is the form's, with or without the 项目编码 the 一体化 export puts before it. */
    static boolean sameProject(ProjectForm f, String rowName) {
        String name = Texts.norm(f.displayName());
        if (name.equals(rowName)) return true;
        return f.code() != null && rowName.startsWith(f.code()) && rowName.endsWith(name)
                && rowName.length() - f.code().length() - name.length() <= 1;
    }

    public Submission submission() {
        return submission;
    }

    /** The narrative report given beside the workbook, or null. */
    public Narrative narrative() {
        return narrative;
    }

    public Profile profile() {
        return profile;
    }

    public List<ProjectForm> forms() {
        return submission.forms();
    }

    public ProjectScore score(ProjectForm f) {
        return scores.get(f);
    }

    /** The form a summary row belongs to, or null. */
    public ProjectForm form(SummaryRow row) {
        return rowToForm.get(row);
    }

    /** The summary row of a form, or null (no summary, or not listed). */
    public SummaryRow row(ProjectForm f) {
        return formToRow.get(f);
    }

    public boolean isDepartment() {
        return submission.summary() != null;
    }

    private Set<CellRef> suspects;

    /**
     * Every amount cell that looks typed in 元 (F009 on its form, D008 across the department, the
     * whole slip). A value computed from one of them is not a value to type: findings that rest on
     * it name the suspect instead of expecting the computed figure (scoring.md §8).
     */
    public Set<CellRef> suspectCells() {
        if (suspects == null) {
            Set<CellRef> s = new HashSet<>();
            for (ProjectForm f : forms()) {
                F009AmountInYuan.suspects(f).forEach((cell, n) -> {
                    if (!"元".equals(n.unit())) s.add(cell); // a text amount in 元 is already converted
                });
            }
            for (UnitSuspects.Suspect x : UnitSuspects.department(this)) {
                for (UnitSuspects.Cell c : UnitSuspects.slip(x)) s.add(c.num().at());
            }
            suspects = Set.copyOf(s);
        }
        return suspects;
    }
}
