package cn.ziping.mail;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Options;
import cn.ziping.app.Workers;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one received message into its reply: takes the workbooks out (also from zips), has the
 * bounded pool of {@code app/} check and annotate each (a hostile file costs its own answer, not
 * the service), and builds the reply to the sender (Reply-To honoured), threaded with the
 * original, with a Chinese body in plain text and HTML and the annotated copies under their
 * original names (RFC 2231).
 */
final class Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(Answerer.class);

    private final MailConfig config;
    private final Workers workers;

    Answerer(MailConfig config, Workers workers) {
        this.config = config;
        this.workers = workers;
    }

    /** The reply; the working files live in {@code work} until it is sent. */
    MimeMessage reply(MimeMessage original, Path work) throws MessagingException, IOException, InterruptedException {
        List<Outcome> outcomes = evaluate(Attachments.of(original, config.maxAttachmentBytes()), work);
        MimeMessage r = (MimeMessage) original.reply(false, false);
        r.setFrom(new InternetAddress(config.replyFrom()));
        r.setSubject(subject(original.getSubject()), "UTF-8");
        // RFC 3834: mark ourselves automatic so that other responders do not answer us.
        r.setHeader("Auto-Submitted", "auto-replied");
        r.setHeader("X-Auto-Response-Suppress", "All");
        ReplyBody.Body body = ReplyBody.of(outcomes, config);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(body.html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        MimeBodyPart bodyPart = new MimeBodyPart();
        bodyPart.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodyPart);
        for (Outcome o : outcomes) {
            if (!o.checked()) continue;
            MimeBodyPart a = new MimeBodyPart();
            a.attachFile(o.annotated().toFile(), contentType(o.name()), "base64");
            a.setFileName(o.name()); // RFC 2231 (mail.mime.encodeparameters, on by default)
            // and the RFC 2047 name= that older Outlook and Foxmail read from Content-Type
            a.setHeader("Content-Type", MimeUtility.fold(14, contentType(o.name()) + "; name=\""
                    + MimeUtility.encodeText(o.name(), "UTF-8", "B") + "\""));
            mixed.addBodyPart(a);
        }
        r.setContent(mixed);
        r.setSentDate(new Date());
        r.saveChanges();
        return r;
    }

    static String subject(String original) {
        String s = original == null ? "" : original.strip();
        if (s.isEmpty()) return "ziping 校验结果";
        return s.matches("(?i)^(re|回复|答复)\\s*[:：].*") ? s : "回复：" + s;
    }

    private List<Outcome> evaluate(List<Attachments.File> files, Path work) throws IOException, InterruptedException {
        List<Outcome> out = new ArrayList<>();
        List<CompletableFuture<Evaluation>> running = new ArrayList<>();
        int workbooks = 0;
        for (Attachments.File f : files) {
            if (f.refused() != null) {
                out.add(Outcome.refused(f.name(), f.refused()));
            } else if (!f.workbook()) {
                out.add(Outcome.refused(f.name(), "不是 Excel 工作簿，未处理"));
            } else if (++workbooks > config.maxAttachments()) {
                out.add(Outcome.refused(f.name(), "超过每封邮件最多 " + config.maxAttachments() + " 个工作簿的上限，未处理：请分几封邮件发送"));
            } else {
                Path dir = work.resolve(String.valueOf(out.size()));
                Path in = dir.resolve(safeName(f.name()));
                Files.createDirectories(dir);
                Files.write(in, f.bytes());
                running.add(workers.process(in, null, dir.resolve("out"), new Options(config.profile(), false)));
                out.add(null); // filled below, in the order of the attachments
            }
        }
        int r = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != null) continue;
            Attachments.File f = files.get(i);
            out.set(i, settle(f.name(), running.get(r++)));
        }
        return out;
    }

    private static Outcome settle(String name, CompletableFuture<Evaluation> future) throws InterruptedException {
        try {
            Evaluation e = future.get();
            return new Outcome(name, e, e.output(), null);
        } catch (ExecutionException ex) {
            Throwable c = ex.getCause();
            if (c instanceof IOException io) {
                return Outcome.refused(name, "无法写出标注后的副本（" + io.getMessage() + "）：请稍后重发，或联系管理员");
            }
            LOG.error("处理附件“{}”时出现内部错误", name, c);
            return Outcome.refused(name, "ziping 处理此文件时出现内部错误，已记录在服务日志中；请把该文件转交管理员");
        }
    }

    /** A name the file system takes: no separators or control characters, at most 100 characters. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (s.startsWith(".")) s = "_" + s;
        if (s.length() > 100) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 6 ? s.substring(dot) : "";
            s = s.substring(0, 100 - ext.length()) + ext;
        }
        return s;
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsm")) return "application/vnd.ms-excel.sheet.macroEnabled.12";
        if (n.endsWith(".xls")) return "application/vnd.ms-excel";
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("无法删除临时文件夹 {}：{}", dir, e.getMessage());
        }
    }
}
