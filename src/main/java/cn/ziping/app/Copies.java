package cn.ziping.app;

import cn.ziping.read.OpenWorkbook;
import cn.ziping.read.OutputMark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Annotated copies already on disk: what lets a long batch resume where it stopped. */
public final class Copies {

    private Copies() {
    }

    /**
     * The annotated copy of {@code file} that {@link Evaluator#process} would write into
     * {@code outDir} (beside the input when null), when it exists, is ours and is newer than the
     * input; else null. The copy's name depends on the input's format, so each is tried.
     */
    public static Path upToDate(Path file, Path outDir) {
        try {
            var inputTime = Files.getLastModifiedTime(file);
            for (OpenWorkbook.Format f : OpenWorkbook.Format.values()) {
                Path copy = Evaluator.output(file, null, outDir, f);
                if (Files.isRegularFile(copy) && Files.getLastModifiedTime(copy).compareTo(inputTime) > 0
                        && OutputMark.isOurOutput(copy)) {
                    return copy;
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
