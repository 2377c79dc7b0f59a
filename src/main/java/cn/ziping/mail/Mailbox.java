package cn.ziping.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The connections: one Jakarta Mail session for IMAP(S) and SMTP(S) as configured, the watched
 * folder, moving a handled message, sending a reply, and waiting for new mail (IMAP IDLE where the
 * server offers it, else polling). Real servers differ (Dovecot marks a fetched message seen and
 * supports MOVE; others copy and expunge), so nothing here relies on one server's habits.
 */
final class Mailbox implements AutoCloseable {

    private static final String TIMEOUT_MS = "60000";

    private final MailConfig config;
    private final Session session;
    private Store store;
    private volatile IMAPFolder folder;

    Mailbox(MailConfig config) {
        this.config = config;
        this.session = Session.getInstance(properties(config));
    }

    Session session() {
        return session;
    }

    static Properties properties(MailConfig c) {
        Properties p = new Properties();
        String imap = c.imap().tls().equals("ssl") ? "imaps" : "imap";
        String smtp = c.smtp().tls().equals("ssl") ? "smtps" : "smtp";
        p.put("mail.store.protocol", imap);
        p.put("mail.transport.protocol", smtp);
        for (String proto : new String[] {imap, smtp}) {
            p.put("mail." + proto + ".connectiontimeout", "20000");
            p.put("mail." + proto + ".timeout", TIMEOUT_MS);
            p.put("mail." + proto + ".writetimeout", TIMEOUT_MS);
            p.put("mail." + proto + ".ssl.checkserveridentity", "true");
            if (c.imap().trust() != null) p.put("mail." + proto + ".ssl.trust", c.imap().trust());
        }
        // Fetching a body must not mark it seen: a message whose handling fails stays new.
        p.put("mail." + imap + ".peek", "true");
        // Attachments are read in 1 MB pieces, not the default 16 KB: far fewer round trips (and some
        // servers re-read the whole message for each piece).
        p.put("mail." + imap + ".fetchsize", String.valueOf(1024 * 1024));
        if (c.imap().tls().equals("starttls")) {
            p.put("mail.imap.starttls.enable", "true");
            p.put("mail.imap.starttls.required", "true");
        }
        if (c.smtp().tls().equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail." + smtp + ".auth", String.valueOf(c.smtp().user() != null));
        p.put("mail." + smtp + ".from", c.replyFrom());
        return p;
    }

    Store connect() throws MessagingException {
        if (store == null || !store.isConnected()) {
            close();
            store = session.getStore();
            store.connect(config.imap().host(), config.imap().port(), config.imap().user(), config.imap().password());
        }
        return store;
    }

    /** The watched folder, open for writing. */
    IMAPFolder inbox() throws MessagingException {
        if (folder == null || !folder.isOpen()) {
            folder = (IMAPFolder) connect().getFolder(config.folder());
            folder.open(Folder.READ_WRITE);
        }
        return folder;
    }

    /**
     * The messages waiting: with a processed folder, every message still in the watched folder
     * (handled ones are moved out, so one a person has read is still answered); without, the
     * unseen ones.
     */
    Message[] waiting() throws MessagingException {
        IMAPFolder f = inbox();
        Flags flag = new Flags(config.processedFolder() != null ? Flags.Flag.DELETED : Flags.Flag.SEEN);
        return f.search(new FlagTerm(flag, false));
    }

    /** The message's identity on this server (UIDVALIDITY and UID), for a message whose headers cannot be read. */
    String uidKey(Message m) throws MessagingException {
        IMAPFolder f = inbox();
        return "<uid-" + f.getUIDValidity() + "-" + f.getUID(m) + "@" + config.imap().host() + ">";
    }

    /** Marks the message seen (and answered), then moves it to {@code target} where one is set. */
    void file(Message m, String target, boolean answered) throws MessagingException {
        Flags flags = new Flags(Flags.Flag.SEEN);
        if (answered) flags.add(Flags.Flag.ANSWERED);
        m.setFlags(flags, true);
        if (target == null) return;
        IMAPFolder f = inbox();
        Folder to = connect().getFolder(target);
        if (!to.exists()) to.create(Folder.HOLDS_MESSAGES);
        if (((IMAPStore) store).hasCapability("MOVE")) {
            f.moveMessages(new Message[] {m}, to);
        } else {
            f.copyMessages(new Message[] {m}, to);
            m.setFlag(Flags.Flag.DELETED, true);
            f.expunge(new Message[] {m});
        }
    }

    /** A failure while talking to the SMTP server (so the log names the right server). */
    static final class SmtpFailure extends MessagingException {
        SmtpFailure(MessagingException cause) {
            super(cause.getMessage(), cause);
        }
    }

    void send(MimeMessage reply) throws MessagingException {
        try (Transport t = session.getTransport()) {
            t.connect(config.smtp().host(), config.smtp().port(), config.smtp().user(), config.smtp().password());
            t.sendMessage(reply, reply.getAllRecipients());
        } catch (MessagingException e) {
            throw new SmtpFailure(e);
        }
    }

    /**
     * Waits up to {@code seconds} for new mail: IMAP IDLE where offered (ended early by new mail or
     * by {@link #wake}), else the caller sleeps. Returns false when the server has no IDLE.
     */
    boolean idle() throws MessagingException {
        if (!config.idle() || !((IMAPStore) connect()).hasCapability("IDLE")) return false;
        inbox().idle(true);
        return true;
    }

    /** Ends an IDLE from another thread (any command on the folder does). */
    void wake() {
        IMAPFolder f = folder;
        if (f == null) return;
        try {
            f.doCommand(p -> {
                p.noop();
                return null;
            });
        } catch (MessagingException | RuntimeException ignored) {
            // the folder is closing or gone: the waiting thread sees that itself
        }
    }

    @Override
    public void close() {
        try {
            if (folder != null && folder.isOpen()) folder.close(false);
        } catch (MessagingException | RuntimeException ignored) {
            // closing a connection that already broke
        }
        try {
            if (store != null) store.close();
        } catch (MessagingException | RuntimeException ignored) {
            // as above
        }
        folder = null;
        store = null;
    }
}
