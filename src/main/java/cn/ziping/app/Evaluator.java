package cn.ziping.app;

import cn.ziping.model.Finding;
import cn.ziping.model.Submission;
import cn.ziping.read.OpenWorkbook;
import cn.ziping.read.UnreadableWorkbookException;
import cn.ziping.read.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry every front end calls: {@code evaluate(file, options)} reads and checks a
 * workbook. It never throws for a bad file: an unreadable one gives an {@link Evaluation} with
 * its Chinese error.
 */
public final class Evaluator {

    private Evaluator() {
    }

    public static Evaluation evaluate(Path file, Options options) {
        try (OpenWorkbook open = OpenWorkbook.open(file)) {
            Submission s = WorkbookReader.read(open);
            List<Finding> findings = new ArrayList<>(s.readFindings());
            findings.sort(Finding.ORDER);
            return new Evaluation(file, options.profile(), s, List.copyOf(findings), null, null);
        } catch (UnreadableWorkbookException e) {
            return Evaluation.unreadable(file, options.profile(), e.getMessage());
        }
    }
}
