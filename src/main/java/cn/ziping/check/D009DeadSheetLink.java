package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.SummaryRow;
import java.util.ArrayList;
import java.util.List;

/**
 * D009: a summary row's 自评表 names a sheet that does not exist (the project sheet was renamed
 * after the link was made: Excel does not update a hyperlink when a sheet is renamed), and the
 * row was matched to its form by 项目名称 instead (form.md §3). Said as info so the user can
 * repair the link, which otherwise leads nowhere. Example: 自评表 “项目2” while the sheet is now
 * “救灾物资”. A row matched by neither is D005's.
 */
public final class D009DeadSheetLink implements Check {

    @Override public String code() { return "D009"; }
    @Override public Severity severity() { return Severity.INFO; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        if (!ctx.isDepartment()) return out;
        for (SummaryRow row : ctx.submission().summary().rows()) {
            ProjectForm form = ctx.form(row);
            if (form == null || row.sheetRef() == null || row.sheetRef().isBlank()) continue;
            String ref = Texts.norm(row.sheetRef().value());
            boolean exists = ctx.forms().stream().anyMatch(f -> Texts.norm(f.sheet()).equals(ref))
                    || ctx.submission().sheets().stream().anyMatch(n -> Texts.norm(n).equals(ref));
            if (exists) continue;
            out.add(at(row.sheetRef().at(), Messages.text("D009.message", row.sheetRef().value(), form.sheet()), form.sheet()));
        }
        return out;
    }
}
