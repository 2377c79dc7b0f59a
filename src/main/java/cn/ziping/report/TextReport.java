package cn.ziping.report;

import cn.ziping.app.Evaluation;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;
import java.nio.file.Path;
import java.util.List;

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
        return b.append(summaryLine(e)).append(System.lineSeparator()).toString();
    }

    /** The last line of {@link #render}: who, how many projects, counts by severity, where the copy went. */
    public static String summaryLine(Evaluation e) {
        StringBuilder b = new StringBuilder();
        b.append(title(e)).append("：").append(projects(e.submission())).append(" 个项目，错误 ")
                .append(e.count(Severity.ERROR)).append("，警告 ").append(e.count(Severity.WARNING))
                .append("，提示 ").append(e.count(Severity.INFO));
        if (e.output() != null) b.append("；已写出 ").append(e.output());
        if (e.writeError() != null) b.append("；副本未写出");
        return b.toString();
    }

    /** With several files, the line above each file's findings, naming the file. */
    public static String header(Path file) {
        return "== " + file + " ==" + System.lineSeparator();
    }

    /**
     * With several files, the closing line: how many files, how many could not be opened (or
     * written, or hit a bug), and the findings counted over all of them.
     */
    public static String totals(List<Evaluation> all, int bugs) {
        long unreadable = all.stream().filter(e -> e.error() != null).count();
        long unwritten = all.stream().filter(e -> e.writeError() != null).count();
        long written = all.stream().filter(e -> e.output() != null).count();
        boolean process = written + unwritten > 0;
        StringBuilder b = new StringBuilder("合计 ").append(all.size() + bugs).append(" 个文件");
        b.append("（已校验 ").append(all.size() - unreadable);
        if (unreadable > 0) b.append("，无法打开 ").append(unreadable);
        if (bugs > 0) b.append("，内部出错 ").append(bugs);
        if (process) b.append("；已写出副本 ").append(written);
        if (unwritten > 0) b.append("，未能写出 ").append(unwritten);
        b.append("）：错误 ").append(sum(all, Severity.ERROR)).append("，警告 ").append(sum(all, Severity.WARNING))
                .append("，提示 ").append(sum(all, Severity.INFO));
        return b.append(System.lineSeparator()).toString();
    }

    private static long sum(List<Evaluation> all, Severity s) {
        return all.stream().mapToLong(e -> e.count(s)).sum();
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
