package cn.ziping.mail;

import static cn.ziping.mail.MailFixture.SENDER;
import static cn.ziping.mail.MailFixture.example;
import static cn.ziping.mail.MailFixture.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service against a real SMTP/IMAP server (GreenMail on loopback): what each kind of message
 * gets back, and that every message is answered exactly once.
 */
class MailServiceTest {

    static final String EXAMPLE_NAME = "保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx";

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

    private void once(MailConfig c) throws Exception {
        try (MailService s = new MailService(c)) {
            assertThat(s.runOnce()).isTrue();
        }
    }

    @Test
    void chineseFileNameGetsItsAnnotatedCopyBack() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "2024年度自评表", EXAMPLE_NAME, example()));
        once(fx.config());
        String text = fx.assertReply(m, SENDER, EXAMPLE_NAME);
        assertThat(text).contains("单位：保定市徐水区应急管理局 2024年度", "项目个数：25", "全年预算数合计：69650.14 万元",
                "90分（含）以上", "错误 1 个，警告 9 个", "汇总表!C7", "[D002]");
        assertThat(fx.count("INBOX")).isZero();
        assertThat(fx.count("已处理")).isEqualTo(1);
    }

    @Test
    void severalAttachmentsInOneMessage() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "三个文件", "一号表.xlsx", example(), "二号表.xlsx", fx.singleForm(),
                "说明.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        once(fx.config());
        String text = fx.assertReply(m, SENDER, "一号表.xlsx", "二号表.xlsx");
        assertThat(text).contains("一、《一号表.xlsx》", "二、《二号表.xlsx》", "项目个数：1", "不是 Excel 工作簿，未处理：说明.pdf");
    }

    @Test
    void workbooksInsideAZip() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "压缩包", "材料.zip",
                MailFixture.zip("各单位/甲单位自评表.xlsx", example(), "readme.txt", new byte[] {1})));
        once(fx.config());
        fx.assertReply(m, SENDER, "甲单位自评表.xlsx");
    }

    @Test
    void noAttachmentGetsTheHowTo() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "请问怎么用"));
        once(fx.config());
        String text = fx.assertReply(m, SENDER);
        assertThat(text).contains("没有找到 Excel 工作簿附件", "使用方法");
    }

    @Test
    void corruptAndPasswordProtectedWorkbooksAreExplained() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "有问题的文件", "损坏.xlsx", "这不是工作簿".getBytes(StandardCharsets.UTF_8),
                "加密.xlsx", MailFixture.encrypted()));
        once(fx.config());
        String text = fx.assertReply(m, SENDER);
        assertThat(text).contains("都未能校验", "《损坏.xlsx》：未校验", "《加密.xlsx》：未校验", "已加密");
    }

    @Test
    void oversizedAttachmentIsRefusedTheOthersChecked() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        new java.util.Random(1).nextBytes(big);
        MimeMessage m = fx.deliver(message(SENDER, "大文件", "巨大.xlsx", big, EXAMPLE_NAME, example()));
        once(fx.config("max.attachment.mb=1"));
        String text = fx.assertReply(m, SENDER, EXAMPLE_NAME);
        assertThat(text).contains("《巨大.xlsx》：未校验\n  大于 1 MB 的上限");
    }

    @Test
    void tooManyWorkbooksOnlyTheFirstAreChecked() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "多", "1.xlsx", example(), "2.xlsx", example()));
        once(fx.config("max.attachments=1"));
        assertThat(fx.assertReply(m, SENDER, "1.xlsx")).contains("《2.xlsx》：未校验\n  超过每封邮件最多 1 个工作簿");
    }

    @Test
    void replyToIsHonoured() throws Exception {
        MimeMessage m = message(SENDER, "代发", EXAMPLE_NAME, example());
        m.setReplyTo(new InternetAddress[] {new InternetAddress("li@unit.test")});
        fx.deliver(m);
        once(fx.config());
        fx.assertReply(m, "li@unit.test", EXAMPLE_NAME);
        assertThat(fx.received(SENDER)).isEmpty();
    }

    @Test
    void automaticMailIsNeverAnswered() throws Exception {
        String[][] kinds = {{"Auto-Submitted", "auto-replied"}, {"Precedence", "bulk"}, {"Precedence", "junk"},
            {"List-Id", "<budget.list.test>"}, {"Return-Path", "<>"}};
        for (String[] h : kinds) {
            MimeMessage m = message(SENDER, "自动回复：不在办公室", EXAMPLE_NAME, example());
            m.setHeader(h[0], h[1]);
            fx.deliver(m);
        }
        fx.deliver(message("MAILER-DAEMON@unit.test", "Undelivered Mail Returned to Sender", EXAMPLE_NAME, example()));
        once(fx.config());
        assertThat(fx.received(SENDER)).isEmpty();
        assertThat(fx.received("MAILER-DAEMON@unit.test")).isEmpty();
        assertThat(fx.count("INBOX")).isZero();
        assertThat(fx.count("已处理")).isEqualTo(kinds.length + 1);
    }

    @Test
    void senderOutsideTheAllowListIsNotAnswered() throws Exception {
        fx.deliver(message("stranger@elsewhere.test", "表", EXAMPLE_NAME, example()));
        MimeMessage ok = fx.deliver(message(SENDER, "表", EXAMPLE_NAME, example()));
        once(fx.config("allow.senders=@unit.test, boss@czj.test"));
        assertThat(fx.received("stranger@elsewhere.test")).isEmpty();
        fx.assertReply(ok, SENDER, EXAMPLE_NAME);
        assertThat(fx.count("INBOX")).isZero();
    }

    @Test
    void crashAfterSendingBeforeMarkingDoesNotAnswerTwice() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "崩溃测试", EXAMPLE_NAME, example()));
        MailConfig c = fx.config();
        try (MailService s = new MailService(c)) {
            s.beforeFiling = () -> {
                throw new SimulatedCrash();
            };
            assertThatThrownBy(s::runOnce).isInstanceOf(SimulatedCrash.class);
        }
        assertThat(fx.received(SENDER)).hasSize(1);
        assertThat(fx.count("INBOX")).as("not marked or moved yet").isEqualTo(1);
        once(c); // the restarted service
        fx.assertReply(m, SENDER, EXAMPLE_NAME); // still exactly one
        assertThat(fx.count("INBOX")).isZero();
        assertThat(fx.count("已处理")).isEqualTo(1);
    }

    @Test
    void smtpDownThenBackNothingLost() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "再试", EXAMPLE_NAME, example()));
        MailConfig down = fx.config("smtp.port=" + closedPort(), "max.tries=1");
        try (MailService s = new MailService(down)) {
            assertThat(s.runOnce()).as("SMTP unreachable: the run gives up for now").isFalse();
        }
        // a network error is no failed try (max.tries=1 would have filed it as failed)
        assertThat(fx.count("INBOX")).isEqualTo(1);
        assertThat(fx.count("处理失败")).isZero();
        once(fx.config());
        fx.assertReply(m, SENDER, EXAMPLE_NAME);
    }

    @Test
    void runningServiceSurvivesTheServerGoingDownAndComingBack() throws Exception {
        int smtp = fx.smtpPort;
        int imap = fx.imapPort;
        MailConfig c = fx.config("retry.seconds=1");
        fx.close();
        MailService s = new MailService(c);
        Thread run = new Thread(s::run, "service-under-test");
        run.start();
        try {
            Thread.sleep(1500); // the service finds no server and keeps trying
            assertThat(run.isAlive()).isTrue();
            fx.start(smtp, imap);
            MimeMessage first = fx.deliver(message(SENDER, "服务器恢复后", "甲.xlsx", example()));
            awaitReplies(SENDER, 1);
            fx.assertReply(first, SENDER, "甲.xlsx");
            MimeMessage second = fx.deliver(message("wang@unit.test", "运行中收到", "乙.xlsx", example()));
            awaitReplies("wang@unit.test", 1);
            fx.assertReply(second, "wang@unit.test", "乙.xlsx");
        } finally {
            s.stop(java.time.Duration.ofSeconds(20));
            run.join(20_000);
            s.close();
        }
        assertThat(run.isAlive()).as("stop() ends the service").isFalse();
        assertThat(fx.count("INBOX")).isZero();
        assertThat(fx.count("已处理")).isEqualTo(2);
    }

    private void awaitReplies(String to, int n) throws InterruptedException {
        long until = System.currentTimeMillis() + 180_000; // an upper bound: a loaded machine answers slowly
        while (fx.received(to).size() < n && System.currentTimeMillis() < until) Thread.sleep(200);
        assertThat(fx.received(to)).as("replies to " + to).hasSize(n);
    }

    @Test
    void aMessageThatKeepsFailingGoesToTheFailedFolder() throws Exception {
        // a Reply-To that cannot be parsed: a failure of this message, not of the network
        MimeMessage m = message(SENDER, "坏地址", EXAMPLE_NAME, example());
        m.setHeader("Reply-To", "<<unclosed@unit.test");
        fx.deliver(m);
        MailConfig c = fx.config("max.tries=2");
        once(c);
        assertThat(fx.count("INBOX")).as("first failure: kept for another try").isEqualTo(1);
        once(c);
        assertThat(fx.count("INBOX")).isZero();
        assertThat(fx.count("处理失败")).isEqualTo(1);
    }

    @Test
    void aFileOverTheTimeLimitCostsOneAnswer() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "慢", EXAMPLE_NAME, example()));
        once(fx.config("time.limit.seconds=0"));
        assertThat(fx.assertReply(m, SENDER)).contains("超过 0 秒仍未完成");
    }

    @Test
    void withoutProcessedFolderMessagesAreMarkedSeenAndAnswered() throws Exception {
        MimeMessage m = fx.deliver(message(SENDER, "表", EXAMPLE_NAME, example()));
        MailConfig c = fx.config("imap.processedFolder=");
        once(c);
        once(c);
        fx.assertReply(m, SENDER, EXAMPLE_NAME);
        assertThat(fx.count("INBOX")).isEqualTo(1);
    }

    @Test
    void logsOneLinePerMessageAndNeverThePassword() throws Exception {
        fx.deliver(message(SENDER, "一", EXAMPLE_NAME, example()));
        MimeMessage auto = message("robot@unit.test", "自动回复");
        auto.setHeader("Auto-Submitted", "auto-generated");
        fx.deliver(auto);
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            try (MailService s = new MailService(fx.config("smtp.port=" + closedPort()))) {
                assertThat(s.runOnce()).isFalse();
            }
            once(fx.config());
        } finally {
            System.setErr(saved);
        }
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(MailFixture.PASSWORD).contains("连接出错（无法连接 SMTP 服务器");
        java.util.List<String> handled = text.lines().filter(l -> l.contains("INFO") && l.contains("邮件 <")).toList();
        assertThat(handled).hasSize(2);
        assertThat(handled).anyMatch(l -> l.contains("（zhang@unit.test）：已回复 zhang@unit.test"))
                .anyMatch(l -> l.contains("（robot@unit.test）：自动邮件，不回复（Auto-Submitted: auto-generated）"));
    }

    static int closedPort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static final class SimulatedCrash extends Error {
    }
}
