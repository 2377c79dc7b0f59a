package cn.ziping.batch;

import cn.ziping.app.Evaluation;
import java.nio.file.Path;

/** Small helpers on one file's result for the batch. */
final class Evaluations {

    private Evaluations() {
    }

    /** The same result, pointing at the existing copy (a file skipped because its copy is up to date). */
    static Evaluation withOutput(Evaluation e, Path copy) {
        return new Evaluation(e.file(), e.profile(), e.submission(), e.scores(), e.carryOverSheets(), e.department(),
                e.computed(), e.findings(), copy, e.error(), e.writeError());
    }
}
