package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ziping mail}: the subcommand's options and its Chinese errors (the service itself: cn.ziping.mail tests). */
class MailCommandTest {

    @TempDir
    Path dir;

    private static String[] run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(out + "\n" + err).isEqualTo(expected);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void helpIsChinese() {
        String out = run(0, "mail", "--help")[0];
        assertThat(out).contains("邮件收表服务", "--config", "--once", "--test", "docs/mail.md", "  3  无法连接或登录邮件服务器")
                .doesNotContain("标注副本未能写出");
        assertThat(run(0, "--help")[0]).contains("mail");
    }

    @Test
    void configIsRequired() {
        assertThat(run(2, "mail")[1]).contains("参数错误", "--config");
    }

    @Test
    void configProblemsExitTwoWithAChineseMessage() throws Exception {
        assertThat(run(2, "mail", "--config", dir.resolve("none.properties").toString())[1]).contains("配置错误：无法读取配置文件");
        Path f = Files.writeString(dir.resolve("m.properties"), "imap.host=h\nimap.user=u\nsmtp.host=s\nreply.from=a@b.cn\nimap.password=x\n");
        Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        String err = run(2, "mail", "--config", f.toString(), "--test")[1];
        assertThat(err).contains("配置错误", "同组或其他用户也能读取").doesNotContain("Exception");
    }
}
