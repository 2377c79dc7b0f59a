package cn.ziping.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;

/** What the user sees of a bug: one apology, and the detail in a log file. */
final class Internal {

    private Internal() {
    }

    static String apologise(Throwable ex) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "ziping-error.log");
        StringWriter sw = new StringWriter();
        ex.printStackTrace(new PrintWriter(sw));
        try {
            Files.writeString(log, LocalDateTime.now() + "\n" + sw + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            return "抱歉，ziping 内部出错（程序缺陷），处理未完成。详细信息已记录在 " + log + "，请把该文件发给我们。";
        } catch (IOException e) {
            return "抱歉，ziping 内部出错（程序缺陷），处理未完成：" + ex;
        }
    }
}
