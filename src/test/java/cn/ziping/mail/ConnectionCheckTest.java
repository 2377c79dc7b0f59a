package cn.ziping.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ziping mail --test}: each misconfiguration named in Chinese, no message touched. */
class ConnectionCheckTest {

    @TempDir
    Path dir;
    MailFixture fx;

    @BeforeEach
    void start() {
        fx = new MailFixture(dir);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private String check(MailConfig c, boolean expectOk) {
        StringWriter out = new StringWriter();
        assertThat(ConnectionCheck.run(c, new PrintWriter(out))).isEqualTo(expectOk);
        return out.toString();
    }

    @Test
    void allGoodCreatesTheFoldersAndTouchesNoMessage() throws Exception {
        fx.deliver(MailFixture.message(MailFixture.SENDER, "待处理", "表.xlsx", MailFixture.example()));
        String out = check(fx.config(), true);
        assertThat(out).contains("[通过] IMAP 服务器连接并登录成功", "“INBOX”存在", "“已处理”（imap.processedFolder）原不存在，已创建",
                "“处理失败”（imap.failedFolder）原不存在，已创建", "[通过] SMTP", "检查通过").doesNotContain(MailFixture.PASSWORD);
        assertThat(fx.count("INBOX")).isEqualTo(1);
        assertThat(fx.received(MailFixture.SENDER)).isEmpty();
        assertThat(check(fx.config(), true)).contains("“已处理”（imap.processedFolder）存在");
    }

    @Test
    void hostUnreachable() throws Exception {
        String out = check(fx.config("imap.port=" + MailServiceTest.closedPort()), false);
        assertThat(out).contains("[失败] 无法连接 IMAP 服务器 127.0.0.1:", "检查未通过");
    }

    @Test
    void unknownHost() throws Exception {
        assertThat(check(fx.config("smtp.host=no-such-host.invalid"), false)).contains("找不到 SMTP 服务器“no-such-host.invalid”");
    }

    @Test
    void tlsMismatch() throws Exception {
        String out = check(fx.config("imap.tls=ssl"), false);
        assertThat(out).contains("IMAP 的 TLS 设置与服务器不符：imap.tls=ssl");
    }

    @Test
    void starttlsNotOffered() throws Exception {
        assertThat(check(fx.config("smtp.tls=starttls"), false)).contains("SMTP 服务器", "不支持 STARTTLS");
    }

    @Test
    void badPassword() throws Exception {
        String out = check(MailConfig.load(fx.config().stateFile().resolveSibling("ziping-mail.properties"),
                java.util.Map.of("ZIPING_IMAP_PASSWORD", "wrong")), false);
        assertThat(out).contains("IMAP 登录失败", "客户端授权码").doesNotContain("wrong");
    }

    @Test
    void folderMissing() throws Exception {
        String out = check(fx.config("imap.folder=收件箱/自评表", "imap.createFolders=false"), false);
        assertThat(out).contains("监视的文件夹“收件箱/自评表”不存在", "INBOX", "（imap.createFolders=false，未自动创建）");
    }
}
