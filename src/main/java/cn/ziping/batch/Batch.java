package cn.ziping.batch;

import cn.ziping.app.Copies;
import cn.ziping.app.ErrorLog;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Options;
import cn.ziping.app.Workers;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.report.JsonReport;
import cn.ziping.report.TextReport;
import cn.ziping.write.rollup.Rollup;
import cn.ziping.write.rollup.RollupEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code ziping batch}: every workbook under the folders, processed in parallel on a bounded
 * {@link Workers} pool (a file past the time limit costs its slot, not the run), results taken in
 * input order so that the output and the roll-up are the same on every run. One bad file never
 * stops the run: it is listed on stderr and in the roll-up's 无法读取 sheet. A file whose annotated
 * copy is newer than itself is not processed again (unless {@code force}); it is still read for the
 * roll-up. Exit code as {@code check} and {@code process}: the highest of any file (5 where a copy
 * could not be written).
 */
public final class Batch {

    /** What to do: the folders, where copies and the roll-up go, how many threads, and how. */
    public record Settings(List<Path> folders, Path outDir, Path rollup, int threads, Options options,
                           boolean json, boolean force, boolean terminal) {
    }

    /** The roll-up's default name, in OUT (or the first folder). */
    public static final String ROLLUP_NAME = "汇总结果.xlsx";

    private record Done(Discovery.Item item, Evaluation evaluation, boolean skipped, String failure, int code) {
    }

    private final Settings s;
    private final PrintWriter out;
    private final PrintWriter err;

    public Batch(Settings settings, PrintWriter out, PrintWriter err) {
        this.s = settings;
        this.out = out;
        this.err = err;
    }

    /** Where the roll-up goes when not given: OUT, else the first folder. */
    public static Path rollupPath(Settings s) {
        if (s.rollup() != null) return s.rollup();
        Path first = s.folders().get(0);
        Path dir = s.outDir() != null ? s.outDir() : Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        return dir.resolve(ROLLUP_NAME);
    }

    /** Runs the batch; returns the exit code. */
    public int run() throws IOException {
        Path rollupPath = rollupPath(s);
        if (Files.exists(rollupPath) && !Rollup.isOurs(rollupPath)) {
            err.println("“" + rollupPath + "”已存在且不是 ziping 生成的汇总结果，为免覆盖他人文件未处理：请用 --rollup 指定另一个文件名，或先移走该文件。");
            return 3;
        }
        for (Path f : s.folders()) {
            if (!Files.exists(f)) {
                err.println("找不到文件夹“" + f + "”：请检查路径。");
                return 3;
            }
        }
        List<Discovery.Item> items = Discovery.find(s.folders(), s.outDir(), rollupPath);
        if (items.isEmpty()) {
            err.println("在 " + s.folders() + " 中没有找到 Excel 工作簿（.xlsx、.xlsm、.xls）。");
            return 3;
        }
        if (s.outDir() != null) Files.createDirectories(s.outDir());
        int code = 0;
        int[] tally = new int[3]; // processed, skipped, failed
        long[] severities = new long[3];
        int window = Math.max(64, s.threads() * 16);
        Deque<CompletableFuture<Done>> pending = new ArrayDeque<>();
        try (Workers workers = new Workers(s.threads()); Rollup rollup = new Rollup(rollupPath);
             Progress progress = new Progress(err, s.terminal(), items.size())) {
            if (s.json()) out.println("[");
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && next < i + window) pending.add(submit(workers, items.get(next++), progress));
                progress.current(items.get(i).shown());
                Done d = pending.poll().join();
                code = Math.max(code, d.code());
                if (d.evaluation() != null && d.evaluation().error() == null) {
                    Evaluation e = d.evaluation();
                    tally[d.skipped() ? 1 : 0]++;
                    for (Severity sev : Severity.values()) severities[sev.ordinal()] += e.count(sev);
                    rollup.add(entry(d.item(), e));
                    // read and checked, but the copy could not be written: the findings count, the reason is said
                    if (e.writeError() != null) progress.println(err, d.item().shown() + "：" + e.writeError());
                } else {
                    tally[2]++;
                    String reason = d.failure() != null ? d.failure() : d.evaluation().error();
                    rollup.unreadable(d.item().shown(), reason);
                    progress.println(err, d.item().shown() + "：" + reason);
                }
                if (s.json()) {
                    String one = d.evaluation() != null ? JsonReport.render(List.of(d.evaluation())) : failureJson(d);
                    progress.println(out, one + (i + 1 < items.size() ? "," : ""));
                } else if (d.evaluation() != null && d.evaluation().error() == null) {
                    progress.println(out, d.item().shown() + "：" + TextReport.summaryLine(d.evaluation())
                            + (d.skipped() ? "（副本已是最新，未重写）" : ""));
                }
            }
            if (s.json()) out.println("]");
            rollup.write();
        }
        String summary = "共 " + items.size() + " 个文件：已处理 " + tally[0] + " 个，副本已是最新 " + tally[1] + " 个，无法读取或处理 "
                + tally[2] + " 个；错误 " + severities[0] + "，警告 " + severities[1] + "，提示 " + severities[2]
                + "；汇总结果：" + rollupPath;
        (s.json() ? err : out).println(summary);
        out.flush();
        err.flush();
        return code;
    }

    private CompletableFuture<Done> submit(Workers workers, Discovery.Item item, Progress progress) {
        Path copy = s.force() ? null : Copies.upToDate(item.file(), item.copyDir());
        CompletableFuture<Evaluation> f = copy != null ? workers.evaluate(item.file(), s.options())
                : workers.process(item.file(), null, item.copyDir(), s.options());
        boolean skipped = copy != null;
        return f.handle((e, failure) -> {
            Done d;
            if (failure == null) {
                Evaluation withCopy = skipped && e.error() == null ? Evaluations.withOutput(e, copy) : e;
                d = new Done(item, withCopy, skipped, null, e.exitCode());
            } else {
                Throwable t = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                d = t instanceof IOException io ? new Done(item, null, skipped, "无法写出结果：" + io.getMessage(), 3)
                        : new Done(item, null, skipped, ErrorLog.apology(t), 4);
            }
            progress.finished(item.shown(), note(d));
            return d;
        });
    }

    private static String note(Done d) {
        if (d.evaluation() == null || d.evaluation().error() != null) return "无法读取或处理";
        Evaluation e = d.evaluation();
        return (d.skipped() ? "副本已是最新；" : e.writeError() != null ? "副本未写出；" : "") + "错误 " + e.count(Severity.ERROR) + "，警告 " + e.count(Severity.WARNING);
    }

    private static String failureJson(Done d) {
        return JsonReport.render(List.of(Evaluation.unreadable(d.item().file(), "", d.failure())));
    }

    private static RollupEntry entry(Discovery.Item item, Evaluation e) {
        List<ProjectForm> forms = e.submission().forms();
        String name = null;
        Integer year = null;
        if (!forms.isEmpty()) {
            ProjectForm f = forms.get(0);
            name = f.department() != null && !f.department().isBlank() ? f.department().value() : f.displayName();
            String y = f.year() == null ? null : f.year().value();
            if (y != null && y.matches("\\d{4}")) year = Integer.valueOf(y);
        }
        return new RollupEntry(item.shown(), e.output(), name, year, e.department(), e.scores(), e.carryOverSheets(), e.findings());
    }
}
