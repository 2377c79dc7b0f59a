package cn.ziping.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the service needs to know about one received message before opening its attachments:
 * its identity (Message-ID), its sender, and whether it must never be answered because it is
 * itself automatic (auto-replies, bounces, list mail), which is how mail loops start.
 */
record Incoming(String id, String sender, String loopReason) {

    static Incoming of(MimeMessage m, String ourAddress) throws MessagingException {
        String sender = address(m.getFrom());
        return new Incoming(id(m), sender, loopReason(m, sender, ourAddress));
    }

    /** The Message-ID without whitespace; a digest of the headers for a message that has none. */
    static String id(MimeMessage m) throws MessagingException {
        String id = m.getMessageID();
        if (id != null && !id.isBlank()) return id.replaceAll("\\s", "");
        String basis = m.getHeader("Date", ",") + "|" + m.getHeader("From", ",") + "|" + m.getHeader("Subject", ",")
                + "|" + m.getSize();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "<no-message-id-" + HexFormat.of().formatHex(d, 0, 12) + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Why the message is automatic (RFC 3834 Auto-Submitted, Precedence bulk/list/junk, list
     * headers, a bounce from MAILER-DAEMON or with an empty return path, our own address), or
     * null for a message a person sent.
     */
    static String loopReason(MimeMessage m, String sender, String ourAddress) throws MessagingException {
        String auto = header(m, "Auto-Submitted");
        if (auto != null && !auto.equalsIgnoreCase("no")) return "Auto-Submitted: " + auto;
        String precedence = header(m, "Precedence");
        if (precedence != null && precedence.toLowerCase(Locale.ROOT).matches("(?s).*\\b(bulk|list|junk)\\b.*")) {
            return "Precedence: " + precedence;
        }
        for (String h : new String[] {"List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond"}) {
            if (header(m, h) != null) return h;
        }
        String returnPath = header(m, "Return-Path");
        if (returnPath != null && returnPath.replaceAll("[\\s<>]", "").isEmpty()) return "Return-Path: <>";
        String s = sender == null ? "" : sender.toLowerCase(Locale.ROOT);
        if (s.isEmpty()) return "没有发件人";
        if (s.startsWith("mailer-daemon@") || s.startsWith("postmaster@") || s.startsWith("mailer_daemon@")) {
            return "发件人 " + sender;
        }
        if (s.equalsIgnoreCase(ourAddress)) return "发件人是本服务自己";
        String type = m.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/report")) return "退信（multipart/report）";
        return null;
    }

    static String address(Address[] addresses) {
        if (addresses == null) return null;
        for (Address a : addresses) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) return ia.getAddress();
        }
        return null;
    }

    private static String header(MimeMessage m, String name) throws MessagingException {
        String v = m.getHeader(name, ",");
        return v == null ? null : v.trim();
    }
}
