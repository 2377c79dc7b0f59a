package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one apology every front end shows for a bug: the sentence names the log and the log holds the trace. */
class ErrorLogTest {

    @Test
    void theApologyNamesTheLogAndTheLogHoldsTheStackTrace() throws Exception {
        String mark = "planted bug " + System.nanoTime();
        String sentence = ErrorLog.apology(new IllegalStateException(mark));
        assertThat(sentence).isEqualTo("抱歉，ziping 内部出错（程序缺陷），处理未完成。详细信息已记录在 " + ErrorLog.path()
                + "，请把该文件发给我们。").doesNotContain(mark);
        assertThat(Files.readString(ErrorLog.path())).contains("java.lang.IllegalStateException: " + mark)
                .contains("at cn.ziping.app.ErrorLogTest");
    }

    @Test
    void withoutAWritableLogTheSentenceCarriesTheBug(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", notAFolder.toString());
        try {
            assertThat(ErrorLog.apology(new IllegalStateException("planted")))
                    .isEqualTo("抱歉，ziping 内部出错（程序缺陷），处理未完成：java.lang.IllegalStateException: planted");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
    }
}
