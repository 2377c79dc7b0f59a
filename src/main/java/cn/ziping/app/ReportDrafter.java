package cn.ziping.app;

import cn.ziping.check.Context;
import cn.ziping.score.Profile;
import cn.ziping.write.DraftDocx;
import cn.ziping.write.ReportDraft;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Drafts the department's 绩效自评工作报告 from its workbook: every figure is ziping's computed
 * value, so the report cannot drift from the workbook. A workbook with error findings still gets
 * its draft, whose first paragraph lists them.
 */
public final class ReportDrafter {

    private ReportDrafter() {
    }

    /**
     * Evaluates {@code workbook} and writes the draft to {@code output} (null: beside the workbook,
     * {@code NAME.自评报告.docx}). The evaluation's {@code output} is the draft; an unreadable
     * workbook gives its error and no draft. Throws when the target exists and is not an unedited
     * draft of ours.
     */
    public static Evaluation draft(Path workbook, Path output, Options options) throws IOException {
        Evaluation e = Evaluator.evaluate(workbook, new Options(options.profile(), false));
        if (e.error() != null) return e;
        Path target = target(workbook, output);
        Context ctx = new Context(e.submission(), Profile.byName(e.profile()).orElse(Profile.NATIONAL));
        DraftDocx.write(ReportDraft.build(ctx, e.findings()), target);
        return e.withOutput(target);
    }

    static Path target(Path workbook, Path output) {
        if (output != null) {
            String n = output.getFileName().toString();
            return n.toLowerCase().endsWith(".docx") ? output : output.resolveSibling(n + ".docx");
        }
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return workbook.toAbsolutePath().resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".自评报告.docx");
    }
}
