package cn.ziping.app;

import cn.ziping.check.CarryOver;
import cn.ziping.check.Checks;
import cn.ziping.check.ComputedCell;
import cn.ziping.check.Context;
import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Submission;
import cn.ziping.model.Narrative;
import cn.ziping.read.OpenWorkbook;
import cn.ziping.read.ReportReader;
import cn.ziping.read.UnreadableReportException;
import cn.ziping.read.OutputMark;
import cn.ziping.read.UnreadableWorkbookException;
import cn.ziping.read.WorkbookReader;
import cn.ziping.score.Profile;
import cn.ziping.score.ProjectScore;
import cn.ziping.write.Annotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry every front end calls. {@link #evaluate} reads and checks a workbook;
 * {@link #process} also writes the annotated copy. Neither throws for a bad file: an unreadable
 * one gives an {@link Evaluation} with its Chinese error. The workbook is opened and parsed once.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /** How long one file may take; a hostile file must not hang a batch or the mail service. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(Long.getLong("ziping.timeLimitSeconds", 300));

    public static Evaluation evaluate(Path file, Options options) {
        return bounded(file, options, () -> evaluateNow(file, options));
    }

    /** {@link #evaluate} on the caller's thread, unbounded: for {@link Workers}, which bounds it. */
    static Evaluation evaluateNow(Path file, Options options) {
        try (OpenWorkbook open = OpenWorkbook.open(file)) {
            return evaluate(open, options);
        } catch (UnreadableWorkbookException | UnreadableReportException e) {
            return Evaluation.unreadable(file, options.profile(), e.getMessage());
        }
    }

    /**
     * Checks {@code file} and writes the annotated copy to {@code output} (atomically; never the
     * input itself).
     */
    public static Evaluation process(Path file, Path output, Path outDir, Options options) throws IOException {
        return process(file, output, outDir, options, new HashSet<>());
    }

    /**
     * As {@link #process(Path, Path, Path, Options)}, for one of several files: {@code taken} holds
     * the outputs already written in this run, so that two inputs of the same name never write to
     * the same output ({@code 表.checked.xlsx}, then {@code 表 (2).checked.xlsx}).
     */
    public static Evaluation process(Path file, Path output, Path outDir, Options options, Set<Path> taken)
            throws IOException {
        try {
            return bounded(file, options, () -> processNow(file, output, outDir, options, taken));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * {@link #process} on the caller's thread, unbounded: for {@link Workers}, which bounds it.
     * {@code taken} may be shared by threads: a name is claimed (added) before it is written.
     */
    static Evaluation processNow(Path file, Path output, Path outDir, Options options, Set<Path> taken) {
        try (OpenWorkbook open = OpenWorkbook.open(file)) {
            Path base = output(file, output, outDir, open.format());
            Path target = base;
            Path input = file.toAbsolutePath().normalize();
            // an earlier output processed again (表.checked.xlsx) must not replace itself: 表 (2).checked.xlsx
            for (int n = 2; (output == null && target.toAbsolutePath().normalize().equals(input))
                    || !taken.add(target.toAbsolutePath().normalize()); n++) {
                target = numbered(base, n);
            }
            if (target.toAbsolutePath().normalize().equals(input)) {
                throw new IOException("输出文件不能与输入文件相同：ziping 从不修改原文件");
            }
            if (Files.exists(target) && !isOurOutput(target)) {
                throw new IOException("“" + target + "”已存在且不是 ziping 的输出，为免覆盖他人文件未写出：请换一个输出文件名，或先移走该文件");
            }
            Evaluation e = evaluate(open, options);
            Annotator.annotate(open, e.computed(), e.findings(), e.scores(), e.department(), options.fix());
            try {
                Annotator.save(open, target);
            } catch (IOException writeFailed) {
                return e.withWriteError(WriteFailure.explain(target, writeFailed));
            }
            return e.withOutput(target);
        } catch (UnreadableWorkbookException | UnreadableReportException e) {
            return Evaluation.unreadable(file, options.profile(), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs one file's work within {@link #TIME_LIMIT} (see {@link Workers}: past it the file is
     * reported as unreadable and its thread stopped); bugs (runtime exceptions) reach the caller
     * unchanged.
     */
    private static Evaluation bounded(Path file, Options options, Callable<Evaluation> work) {
        try (Workers one = new Workers(1, TIME_LIMIT)) {
            return one.submit(file, options, work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The one sentence for a file given up past the time limit. */
    static String timeLimitMessage(Path file, Duration limit) {
        return "处理“" + file.getFileName() + "”超过 " + limit.toSeconds()
                + " 秒仍未完成，已放弃：文件可能异常庞大或结构异常，请检查后另存一份再试。";
    }

    /** An earlier output of ours (it has our 校验结果 sheet) may be replaced; any other file may not. */
    static boolean isOurOutput(Path target) {
        return OutputMark.isOurOutput(target);
    }

    /**
     * Where the copy goes: {@code -o} as given (its extension made the input's format, so that an
     * .xlsm stays an .xlsm), else {@code NAME.checked.EXT} in {@code outDir} or beside the input.
     */
    static Path output(Path file, Path output, Path outDir, OpenWorkbook.Format format) {
        if (output != null) {
            String n = output.getFileName().toString();
            return n.toLowerCase().endsWith(format.extension()) ? output : output.resolveSibling(stem(n) + format.extension());
        }
        String stem = stem(file.getFileName().toString());
        // processing an output again: 表.checked.xlsx gives 表.checked.xlsx, never 表.checked.checked.xlsx
        if (stem.toLowerCase().endsWith(".checked")) stem = stem.substring(0, stem.length() - ".checked".length());
        String name = stem + ".checked" + format.extension();
        return outDir != null ? outDir.resolve(name) : file.toAbsolutePath().resolveSibling(name);
    }

    /** {@code 表.checked.xlsx} → {@code 表 (2).checked.xlsx}. */
    static Path numbered(Path target, int n) {
        String name = target.getFileName().toString();
        int at = name.indexOf(".checked.");
        if (at < 0) at = Math.max(name.lastIndexOf('.'), 0);
        return target.resolveSibling(name.substring(0, at) + " (" + n + ")" + name.substring(at));
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Evaluation evaluate(OpenWorkbook open, Options options) throws UnreadableReportException {
        Narrative narrative = options.report() == null ? null : ReportReader.read(options.report());
        Profile profile = Profile.byName(options.profile()).orElse(Profile.NATIONAL);
        Submission s = WorkbookReader.read(open);
        Context ctx = new Context(s, profile, narrative);
        List<Finding> findings = new ArrayList<>(s.readFindings());
        findings.addAll(Checks.run(ctx));
        findings.sort(s.order());
        List<ProjectScore> scores = s.forms().stream().map(ctx::score).toList();
        Set<String> carryOver = s.forms().stream().filter(f -> CarryOver.of(f, ctx.row(f)))
                .map(ProjectForm::sheet).collect(Collectors.toUnmodifiableSet());
        return new Evaluation(open.path(), profile.name(), s, scores, carryOver, Department.of(ctx), ComputedCell.of(ctx),
                List.copyOf(findings), null, null, null);
    }
}
