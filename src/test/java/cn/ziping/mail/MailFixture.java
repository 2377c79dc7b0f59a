package cn.ziping.mail;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A GreenMail SMTP + IMAP server on loopback (dynamic ports) with the service's mailbox, a
 * service configuration pointing at it, messages as people send them, and the checks every
 * reply must pass (recipients, threading, attachment names, an annotated workbook inside).
 */
final class MailFixture implements AutoCloseable {

    static final String SERVICE = "ziping@czj.test";
    static final String PASSWORD = "s3cret-Pa55";
    static final String SENDER = "zhang@unit.test";
    static final Path EXAMPLE = Path.of("workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx");

    final Path dir;
    GreenMail mail;
    GreenMailUser inbox;
    int smtpPort;
    int imapPort;

    MailFixture(Path dir) {
        this.dir = dir;
        start(0, 0);
    }

    void start(int smtp, int imap) {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtp, "127.0.0.1", "smtp"),
            new ServerSetup(imap, "127.0.0.1", "imap")});
        mail.start();
        smtpPort = mail.getSmtp().getPort();
        imapPort = mail.getImap().getPort();
        inbox = mail.setUser(SERVICE, "ziping", PASSWORD);
    }

    /** The service's configuration: processed and failed folders, the given extra keys. */
    MailConfig config(String... extra) throws Exception {
        StringBuilder b = new StringBuilder();
        b.append("imap.host=127.0.0.1\nimap.port=").append(imapPort).append("\nimap.user=ziping\nimap.tls=none\n");
        b.append("smtp.host=127.0.0.1\nsmtp.port=").append(smtpPort).append("\nsmtp.tls=none\n");
        b.append("reply.from=").append(SERVICE).append("\nimap.processedFolder=已处理\nimap.failedFolder=处理失败\n");
        b.append("poll.seconds=1\nretry.seconds=0\nmax.attachment.mb=2\n");
        for (String e : extra) b.append(e).append('\n');
        Path file = dir.resolve("ziping-mail.properties");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        return MailConfig.load(file, Map.of("ZIPING_IMAP_PASSWORD", PASSWORD));
    }

    /** Delivers a message into the service's INBOX as a person would send it. */
    MimeMessage deliver(MimeMessage m) throws Exception {
        m.saveChanges();
        inbox.deliver(m);
        return m;
    }

    static MimeMessage message(String from, String subject, Object... attachments) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, SERVICE);
        m.setSubject(subject, "UTF-8");
        MimeMultipart mp = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("请审核附件。", "UTF-8");
        mp.addBodyPart(text);
        for (int i = 0; i < attachments.length; i += 2) {
            MimeBodyPart a = new MimeBodyPart();
            a.setDataHandler(new jakarta.activation.DataHandler(
                    new ByteArrayDataSource((byte[]) attachments[i + 1], "application/octet-stream")));
            a.setFileName((String) attachments[i]);
            mp.addBodyPart(a);
        }
        m.setContent(mp);
        return m;
    }

    static byte[] example() throws IOException {
        return Files.readAllBytes(EXAMPLE);
    }

    /** A single standard form (form.md §2) as .xlsx bytes. */
    byte[] singleForm() throws IOException {
        Path f = new TestBooks().sheet("项目1", TestBooks.standardForm()).write(dir.resolve("single-" + System.nanoTime() + ".xlsx"));
        return Files.readAllBytes(f);
    }

    static byte[] zip(Object... entries) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b, StandardCharsets.UTF_8)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                z.write((byte[]) entries[i + 1]);
                z.closeEntry();
            }
        }
        return b.toByteArray();
    }

    /** The example workbook encrypted with a password (agile encryption, as Excel does). */
    static byte[] encrypted() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("mima");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(example())); OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fs.writeFilesystem(b);
        return b.toByteArray();
    }

    /** Every message the server delivered to {@code address}. */
    List<MimeMessage> received(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                for (Address a : m.getAllRecipients()) if (((InternetAddress) a).getAddress().equalsIgnoreCase(address)) return true;
                return false;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** How many messages each folder of the service's mailbox holds. */
    int count(String folder) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", imapPort, "ziping", PASSWORD);
        try {
            Folder f = store.getFolder(folder);
            return f.exists() ? f.getMessageCount() : 0;
        } finally {
            store.close();
        }
    }

    /**
     * The one reply to {@code original}: to {@code to}, threaded with it, with the annotated
     * copies named {@code names} (each opens as a workbook with our 校验结果 sheet). Returns its
     * plain-text body.
     */
    String assertReply(MimeMessage original, String to, String... names) throws Exception {
        List<MimeMessage> replies = received(to);
        assertThat(replies).as("replies to " + to).hasSize(1);
        MimeMessage r = replies.get(0);
        assertThat(Arrays.stream(r.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList()).containsExactly(to);
        assertThat(((InternetAddress) r.getFrom()[0]).getAddress()).isEqualTo(SERVICE);
        assertThat(r.getHeader("In-Reply-To", null)).isEqualTo(original.getMessageID());
        assertThat(r.getHeader("References", " ")).contains(original.getMessageID());
        assertThat(r.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(r.getSubject()).startsWith("回复：");
        Multipart mixed = (Multipart) r.getContent();
        Part alternative = mixed.getBodyPart(0);
        assertThat(alternative.isMimeType("multipart/alternative")).isTrue();
        Multipart alt = (Multipart) alternative.getContent();
        assertThat(alt.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(alt.getBodyPart(1).isMimeType("text/html")).isTrue();
        String text = (String) alt.getBodyPart(0).getContent();
        String html = (String) alt.getBodyPart(1).getContent();
        assertThat(html).contains("<html").contains("您好");
        List<String> attached = new ArrayList<>();
        for (int i = 1; i < mixed.getCount(); i++) {
            BodyPart a = mixed.getBodyPart(i);
            String raw = a.getHeader("Content-Disposition")[0];
            String name = MimeUtility.decodeText(a.getFileName());
            if (!name.chars().allMatch(c -> c < 128)) {
                assertThat(raw).as("RFC 2231 file name").contains("filename*=");
                assertThat(a.getHeader("Content-Type")[0]).as("RFC 2047 name for older clients").contains("name=\"=?UTF-8?B?");
            }
            attached.add(name);
            try (InputStream in = a.getInputStream(); Workbook wb = WorkbookFactory.create(in)) {
                assertThat(wb.getSheet("校验结果")).as(name + " is an annotated workbook").isNotNull();
            }
        }
        assertThat(attached).containsExactly(names);
        return text;
    }

    static void ownerOnly(Path f) throws IOException {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    }

    @Override
    public void close() {
        if (mail != null) mail.stop();
    }
}
