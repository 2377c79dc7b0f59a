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

    /** picocli's usage messages, said in Chinese where we know them. */
    static String translate(String message) {
        if (message == null) return "";
        return message
                .replaceFirst("^Missing required parameter[s]?: (.*)$", "缺少必需的参数：$1")
                .replaceFirst("^Unknown option: (.*)$", "未知选项：$1")
                .replaceFirst("^Unknown options: (.*)$", "未知选项：$1")
                .replaceFirst("^Unmatched argument at index \\d+: (.*)$", "多余的参数：$1")
                .replaceFirst("^Unmatched arguments from index \\d+: (.*)$", "多余的参数：$1")
                .replaceFirst("^Invalid value for option '(.*?)': (.*)$", "选项 $1 的值无效：$2")
                .replaceFirst("^Missing required parameter for option '(.*?)' \\((.*)\\)$", "选项 $1 缺少取值 $2")
                .replaceFirst("^Error: (.*) are mutually exclusive \\(specify only one\\)$", "$1 只能选一个");
    }
}
