package cn.ziping.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/**
 * Where a bug's detail goes: appended to {@code $TMPDIR/ziping-error.log}, so that a front end
 * shows the user one apology naming this file instead of a stack trace. The apology itself is here
 * too, so that the command line, the batch and the window say the same sentence.
 */
public final class ErrorLog {

    private ErrorLog() {
    }

    /** The log file. */
    public static Path path() {
        return Path.of(System.getProperty("java.io.tmpdir"), "ziping-error.log");
    }

    /** Appends the bug's stack trace to the log; returns false when the log cannot be written. */
    public static synchronized boolean record(Throwable bug) {
        StringWriter sw = new StringWriter();
        bug.printStackTrace(new PrintWriter(sw));
        try {
            Files.writeString(path(), LocalDateTime.now() + "\n" + sw + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What the user sees of a bug: records it ({@link #record}) and returns one Chinese sentence
     * naming the log; when the log cannot be written, the sentence carries the bug itself instead.
     */
    public static String apology(Throwable bug) {
        if (record(bug)) {
            return "抱歉，ziping 内部出错（程序缺陷），处理未完成。详细信息已记录在 " + path() + "，请把该文件发给我们。";
        }
        return "抱歉，ziping 内部出错（程序缺陷），处理未完成：" + bug;
    }
}
