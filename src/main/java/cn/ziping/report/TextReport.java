package cn.ziping.report;

import cn.ziping.app.Evaluation;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;

/** The text format of cli.md: one line per finding, then a summary line. */
public final class TextReport {

    private TextReport() {
    }

    public static String line(Finding f) {
        return "[" + f.severity().name() + "] " + f.cell() + ": " + f.message() + " [" + f.code() + "]";
    }

    public static String render(Evaluation e) {
        StringBuilder b = new StringBuilder();
        if (e.error() != null) {
            return e.file() + ": " + e.error() + System.lineSeparator();
        }
        for (Finding f : e.findings()) b.append(line(f)).append(System.lineSeparator());
        b.append(title(e)).append("：").append(projects(e.submission())).append(" 个项目，错误 ")
                .append(e.count(Severity.ERROR)).append("，警告 ").append(e.count(Severity.WARNING))
                .append("，提示 ").append(e.count(Severity.INFO));
        if (e.output() != null) b.append("；已写出 ").append(e.output());
        return b.append(System.lineSeparator()).toString();
    }

    private static int projects(Submission s) {
        return s.summary() != null ? s.summary().rows().size() : s.forms().size();
    }

    /** The unit (or the single project) and its year, as the summary line names them. */
    public static String title(Evaluation e) {
        Submission s = e.submission();
        String name = null;
        String year = null;
        if (s.summary() != null) {
            if (s.summary().unitName() != null && !s.summary().unitName().isBlank()) name = s.summary().unitName().value();
            if (s.summary().year() != null && !s.summary().year().isBlank()) year = s.summary().year().value();
        } else if (!s.forms().isEmpty()) {
            var f = s.forms().get(0);
            if (s.forms().size() == 1) name = f.displayName();
            else if (f.department() != null && !f.department().isBlank()) name = f.department().value();
            if (!f.year().isBlank()) year = f.year().value();
        }
        if (name == null) name = e.file().getFileName().toString();
        return year == null ? name : name + " " + year + "年度";
    }
}
