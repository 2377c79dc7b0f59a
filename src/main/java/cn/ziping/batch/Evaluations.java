package cn.ziping.batch;

import cn.ziping.app.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/** Small helpers on one file's result for the batch. */
final class Evaluations {

    private Evaluations() {
    }

    /** The same result, pointing at the existing copy (a file skipped because its copy is up to date). */
    static Evaluation withOutput(Evaluation e, Path copy) {
        return new Evaluation(e.file(), e.profile(), e.submission(), e.scores(), e.carryOverSheets(), e.department(),
                e.computed(), e.findings(), copy, e.error(), e.writeError());
    }

    /** A bug in one file: one Chinese sentence for the user, the stack trace in the log (as the cli does). */
    static String apologise(Throwable ex) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "ziping-error.log");
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        try {
            Files.writeString(log, LocalDateTime.now() + "\n" + sw + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "抱歉，ziping 内部出错（程序缺陷），此文件未处理完。详细信息已记录在 " + log + "，请把该文件发给我们。";
        } catch (IOException e) {
            return "抱歉，ziping 内部出错（程序缺陷），此文件未处理完：" + ex;
        }
    }
}
