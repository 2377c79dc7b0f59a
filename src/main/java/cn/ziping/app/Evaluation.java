package cn.ziping.app;

import cn.ziping.check.ComputedCell;
import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;
import cn.ziping.score.ProjectScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The result of evaluating one file: what was read, ziping's scores (one per form, in sheet
 * order), the sheets of carry-over (结转) projects, the department roll-up (null for a single
 * form), every finding sorted by cell, and where the annotated copy went (null for a check). {@code error} is set, and all else empty,
 * when the file could not be opened as a workbook at all. {@code writeError} is set (and {@code output} null) when the file was
 * read and checked but its annotated copy could not be written: the findings are all there, and the sentence says why the
 * copy is missing and what to do.
 */
public record Evaluation(Path file, String profile, Submission submission, List<ProjectScore> scores,
                         Set<String> carryOverSheets, Department department, List<ComputedCell> computed, List<Finding> findings,
                         Path output, String error, String writeError) {

    public static Evaluation unreadable(Path file, String profile, String error) {
        return new Evaluation(file, profile, null, List.of(), Set.of(), null, List.of(), List.of(), null, error, null);
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** The exit code of cli.md for this file alone. */
    public int exitCode() {
        if (writeError != null) return 5;
        if (error != null) return 3;
        return count(Severity.ERROR) > 0 ? 1 : 0;
    }

    Evaluation withOutput(Path out) {
        return new Evaluation(file, profile, submission, scores, carryOverSheets, department, computed, findings, out, error, null);
    }

    Evaluation withWriteError(String why) {
        return new Evaluation(file, profile, submission, scores, carryOverSheets, department, computed, findings, null, error, why);
    }
}
