package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Summary;
import cn.ziping.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * R004: a required field is empty — 项目名称, 主管部门, 实施单位, 年度 on a form; 单位名称, 年度 on
 * the 汇总表 (the system refuses to save without them). Example: 实施单位 left blank.
 */
public final class R004RequiredField implements Check {

    @Override public String code() { return "R004"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (ProjectForm f : ctx.forms()) {
            require(out, f.name(), "项目名称", f);
            require(out, f.department(), "主管部门", f);
            require(out, f.unit(), "实施单位", f);
            if (f.year().isBlank()) out.add(at(f.year().at(), Messages.text("R004.noYear", f.sheet()), null));
        }
        Summary s = ctx.submission().summary();
        if (s != null) {
            if (s.unitName() != null && s.unitName().isBlank()) out.add(at(s.unitName().at(), Messages.text("R004.noUnitName"), null));
            if (s.year() != null && s.year().isBlank()) out.add(at(s.year().at(), Messages.text("R004.noSummaryYear"), null));
        }
        return out;
    }

    private void require(List<Finding> out, Text t, String label, ProjectForm f) {
        if (t == null) {
            out.add(at(f.titleCell(), Messages.text("R004.noField", f.sheet(), label), null));
        } else if (t.isBlank()) {
            out.add(at(t.at(), Messages.text("R004.blank", label), null));
        }
    }
}
