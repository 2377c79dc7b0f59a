package cn.ziping.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration keys, their environment overrides and where a password may come from. */
class MailConfigTest {

    @TempDir
    Path dir;

    private Path file(String text, String perms) throws Exception {
        Path f = dir.resolve("ziping-mail.properties");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    static final String BASE = "imap.host=mail.czj.example.gov.cn\nimap.user=ziping\nsmtp.host=smtp.czj.example.gov.cn\n"
            + "reply.from=ziping@czj.example.gov.cn\n";

    @Test
    void defaultsAndEnvironmentOverrides() throws Exception {
        Path f = file(BASE + "allow.senders=@czj.example.gov.cn, Boss@Unit.cn\nmax.attachment.mb=5\n", "rw-r--r--");
        MailConfig c = MailConfig.load(f, Map.of("ZIPING_IMAP_PASSWORD", "pw", "ZIPING_POLL_SECONDS", "30",
                "ZIPING_IMAP_PROCESSEDFOLDER", "已处理"));
        assertThat(c.imap().port()).isEqualTo(993);
        assertThat(c.imap().tls()).isEqualTo("ssl");
        assertThat(c.smtp().port()).isEqualTo(465);
        assertThat(c.smtp().user()).isEqualTo("ziping");
        assertThat(c.smtp().password()).isEqualTo("pw");
        assertThat(c.folder()).isEqualTo("INBOX");
        assertThat(c.processedFolder()).isEqualTo("已处理");
        assertThat(c.pollSeconds()).isEqualTo(30);
        assertThat(c.maxAttachmentBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(c.stateFile()).isEqualTo(f.toAbsolutePath().resolveSibling("ziping-mail.answered"));
        assertThat(c.allowed("anyone@czj.example.gov.cn")).isTrue();
        assertThat(c.allowed("boss@unit.cn")).isTrue();
        assertThat(c.allowed("someone@unit.cn")).isFalse();
        assertThat(c.allowed("x@evil-czj.example.gov.cn.attacker.test")).isFalse();
        assertThat(c.imap().toString()).doesNotContain("pw");
    }

    @Test
    void theSampleConfigurationLoads() throws Exception {
        MailConfig c = MailConfig.load(Path.of("docs/mail/ziping-mail.properties"), Map.of("ZIPING_IMAP_PASSWORD", "pw"));
        assertThat(c.imap().host()).isEqualTo("imap.czj.example.gov.cn");
        assertThat(c.processedFolder()).isEqualTo("已处理");
        assertThat(c.allowed("chief@czj.example.gov.cn")).isTrue();
        assertThat(c.allowed("someone@qq.com")).isFalse();
        assertThat(c.profile()).isEqualTo("national");
    }

    @Test
    void starttlsPorts() throws Exception {
        MailConfig c = MailConfig.load(file(BASE + "imap.tls=starttls\nsmtp.tls=starttls\n", "rw-r--r--"),
                Map.of("ZIPING_IMAP_PASSWORD", "pw"));
        assertThat(c.imap().port()).isEqualTo(143);
        assertThat(c.smtp().port()).isEqualTo(587);
    }

    @Test
    void passwordInAFileOthersCanReadIsRefused() throws Exception {
        Path f = file(BASE + "imap.password=pw\n", "rw-r--r--");
        assertThatThrownBy(() -> MailConfig.load(f, Map.of())).hasMessageContaining("同组或其他用户也能读取")
                .hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
        assertThat(MailConfig.load(f, Map.of()).imap().password()).isEqualTo("pw");
    }

    @Test
    void passwordFile() throws Exception {
        Path pw = Files.writeString(dir.resolve("imap.pw"), "from-file\n");
        Path f = file(BASE + "imap.passwordFile=imap.pw\n", "rw-r--r--");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-r-----"));
        assertThatThrownBy(() -> MailConfig.load(f, Map.of())).hasMessageContaining("imap.pw");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("r--------"));
        assertThat(MailConfig.load(f, Map.of()).imap().password()).isEqualTo("from-file");
    }

    @Test
    void missingAndWrongValuesAreNamed() throws Exception {
        assertThatThrownBy(() -> MailConfig.load(file("imap.user=a\n", "rw-------"), Map.of()))
                .hasMessageContaining("配置缺少 imap.host").hasMessageContaining("ZIPING_IMAP_HOST");
        assertThatThrownBy(() -> MailConfig.load(file(BASE + "imap.tls=tls\n", "rw-------"), Map.of("ZIPING_IMAP_PASSWORD", "p")))
                .hasMessageContaining("只能是 none、starttls 或 ssl");
        assertThatThrownBy(() -> MailConfig.load(file(BASE, "rw-------"), Map.of())).hasMessageContaining("ZIPING_IMAP_PASSWORD");
        assertThatThrownBy(() -> MailConfig.load(file(BASE + "poll.seconds=abc\n", "rw-------"), Map.of("ZIPING_IMAP_PASSWORD", "p")))
                .hasMessageContaining("poll.seconds");
    }
}
