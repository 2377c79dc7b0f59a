package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * D005: a project sheet not listed in the 汇总表, or a summary row whose project sheet cannot be
 * found (matched by 自评表, else by 项目名称). Example: sheet “项目7” missing from the list. A row whose
 * sheet exists but was left blank is one error, “自评表未填写”, at that sheet (the reader stays silent
 * about the blank sheet).
 */
public final class D005UnmatchedProject implements Check {

    @Override public String code() { return "D005"; }
    @Override public Severity severity() { return Severity.ERROR; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.isDepartment()) return out;
        for (ProjectForm f : ctx.forms()) {
            if (ctx.row(f) == null) {
                out.add(at(f.name() != null ? f.name().at() : f.titleCell(), Messages.text("D005.notListed", f.sheet(),
                        f.displayName()), null));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SummaryRow row : ctx.submission().summary().rows()) {
            boolean repeat = row.name() != null && !row.name().isBlank() && !seen.add(Texts.norm(row.name().value()));
            if (ctx.form(row) != null || repeat) continue; // a repeated row is D006's
            ProjectForm blank = ctx.submission().blankFormOf(row);
            if (blank != null) {
                // The sheet exists but was never filled in: one error naming the project, at the sheet to fill.
                String project = row.name() != null && !row.name().isBlank() ? row.name().value() : blank.sheet();
                out.add(at(blank.name() != null ? blank.name().at() : blank.titleCell(), Messages.text("D005.blankSheet", project,
                        row.row() + 1, blank.sheet()), null));
                continue;
            }
            var cell = row.sheetRef() != null && !row.sheetRef().isBlank() ? row.sheetRef().at() : row.name().at();
            out.add(at(cell, row.sheetRef() != null && !row.sheetRef().isBlank()
                    ? Messages.text("D005.noLinkedSheet", row.row() + 1, row.sheetRef().value())
                    : Messages.text("D005.noNamedSheet", row.row() + 1, row.name().value()), null));
        }
        return out;
    }
}
