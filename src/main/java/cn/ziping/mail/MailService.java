package cn.ziping.mail;

import cn.ziping.app.Workers;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mail-in service: answers each new message in the watched folder with the checked copies of
 * its workbooks, exactly once. A message is marked and moved only after SMTP accepted its reply,
 * and its Message-ID is recorded first, so a crash in between does not answer it again. A message
 * that keeps failing goes to the failed folder after {@code max.tries}; network errors are
 * retried with growing pauses and never count as a try. {@link #stop} (SIGTERM) ends the run
 * after the message in hand.
 */
public final class MailService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MailService.class);
    private static final long MAX_BACKOFF_SECONDS = 300;

    private final MailConfig config;
    private final AnsweredStore state;
    private final Workers workers;
    private final Mailbox mailbox;
    private final Answerer answerer;
    private final Object pause = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    /** A test seam: runs after the reply was sent and recorded, before the message is marked and moved (a crash there). */
    Runnable beforeFiling = () -> { };

    public MailService(MailConfig config) throws IOException {
        this.config = config;
        this.state = new AnsweredStore(config.stateFile());
        this.workers = new Workers(2, Duration.ofSeconds(config.timeLimitSeconds()));
        this.mailbox = new Mailbox(config);
        this.answerer = new Answerer(config, workers);
    }

    /**
     * Handles what is waiting and returns ({@code --once}); a network error is retried a few times
     * with pauses, and if it persists the run ends with false, every message left for next time.
     */
    public boolean runOnce() {
        try {
            for (int attempt = 0; ; attempt++) {
                try {
                    pass();
                    return true;
                } catch (MessagingException | IOException e) {
                    mailbox.close();
                    if (!transientError(e)) {
                        LOG.error("邮件服务出错：{}", Diagnosis.explain(e, config));
                        return false;
                    }
                    LOG.warn("连接出错（{}），{}", Diagnosis.explain(e, config),
                            attempt < 3 ? "稍后重试" : "放弃本轮，邮件留待下次处理");
                    if (attempt >= 3 || !pauseFor(backoff(attempt))) return false;
                }
            }
        } finally {
            finished.countDown();
        }
    }

    /** Runs until {@link #stop}: each pass, then IMAP IDLE or a pause of {@code poll.seconds}. */
    public void run() {
        LOG.info("ziping 邮件服务启动：监视 {} 的 {}，回复经 {}", config.imap(), config.folder(), config.smtp());
        int failures = 0;
        try {
            while (!stopping) {
                try {
                    pass();
                    failures = 0;
                    if (stopping) break;
                    if (!idleFor(config.pollSeconds())) pauseFor(config.pollSeconds());
                } catch (MessagingException | IOException | RuntimeException e) {
                    mailbox.close();
                    long wait = backoff(failures++);
                    LOG.warn("连接出错（{}），{} 秒后重试", Diagnosis.explain(e, config), wait);
                    pauseFor(wait);
                }
            }
        } finally {
            LOG.info("ziping 邮件服务已停止");
            finished.countDown();
        }
    }

    /** Asks the run to end after the message in hand; returns when it has (or after {@code wait}). */
    public void stop(Duration wait) {
        stopping = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        mailbox.wake();
        try {
            finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void pass() throws MessagingException, IOException {
        for (Message m : mailbox.waiting()) {
            if (stopping) return;
            handle((MimeMessage) m);
        }
    }

    private void handle(MimeMessage m) throws MessagingException, IOException {
        String key = mailbox.uidKey(m); // until the Message-ID is known: a broken header must not block the mailbox
        String sender = "?";
        Path work = null;
        try {
            Incoming in = Incoming.of(m, config.replyFrom());
            key = in.id();
            sender = in.sender();
            if (state.done(key)) {
                mailbox.file(m, config.processedFolder(), true);
                LOG.info("邮件 {}（{}）：此前已答复，补做归档", key, sender);
                return;
            }
            if (in.loopReason() != null || !config.allowed(sender)) {
                String why = in.loopReason() != null ? "自动邮件，不回复（" + in.loopReason() + "）" : "发件人不在允许名单中，不回复";
                state.markDone(key);
                mailbox.file(m, config.processedFolder(), false);
                LOG.info("邮件 {}（{}）：{}", key, sender, why);
                return;
            }
            work = Files.createTempDirectory("ziping-mail-");
            MimeMessage reply = answerer.reply(m, work);
            mailbox.send(reply);
            // Recorded at once: a crash from here on must not answer the message again.
            state.markDone(key);
            beforeFiling.run();
            mailbox.file(m, config.processedFolder(), true);
            LOG.info("邮件 {}（{}）：已回复 {}，附上标注副本 {} 个", key, sender,
                    Incoming.address(reply.getAllRecipients()), ((Multipart) reply.getContent()).getCount() - 1);
        } catch (MessagingException | IOException | RuntimeException e) {
            if (transientError(e)) throw e instanceof MessagingException me ? me : new MessagingException(e.toString(), (Exception) e);
            int tries = state.failed(key);
            if (tries >= config.maxTries()) {
                state.markDone(key);
                mailbox.file(m, config.failedFolder(), false);
                LOG.error("邮件 {}（{}）：第 {} 次处理失败，已移入 {}：{}", key, sender, tries,
                        config.failedFolder() == null ? "（未设失败文件夹，仅标为已读）" : config.failedFolder(), e.toString());
            } else {
                LOG.warn("邮件 {}（{}）：第 {} 次处理失败，稍后重试：{}", key, sender, tries, e.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessagingException("interrupted", e);
        } finally {
            Answerer.delete(work);
        }
    }

    /**
     * A network or server-side fault that passes by itself (connection refused or broken, a
     * timeout, TLS, an SMTP 4xx): the message is kept for later, not counted as its failure.
     */
    static boolean transientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MailConnectException || t instanceof FolderClosedException || t instanceof StoreClosedException
                    || t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof UnknownHostException
                    || t instanceof SSLException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SMTPSendFailedException s && s.getReturnCode() >= 400 && s.getReturnCode() < 500) return true;
            if (t instanceof MessagingException me && me.getNextException() != null && me.getNextException() != me.getCause()
                    && transientError(me.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private boolean idleFor(int seconds) throws MessagingException {
        // Wakes the IDLE every poll interval, and again if a wake came before the IDLE had begun
        // (then it had no effect), so mail that arrived just before the IDLE waits one interval at most.
        Thread waker = new Thread(() -> {
            try {
                while (true) { // until interrupted: a stop() may also have come before the IDLE began
                    Thread.sleep(Math.max(1, seconds) * 1000L);
                    mailbox.wake();
                }
            } catch (InterruptedException ignored) {
                // the IDLE has ended: nothing to wake
            }
        }, "ziping-mail-wake");
        waker.setDaemon(true);
        waker.start();
        try {
            return mailbox.idle();
        } finally {
            waker.interrupt();
        }
    }

    /** Sleeps, waking early on {@link #stop}; false when stopping. */
    private boolean pauseFor(long seconds) {
        long until = System.currentTimeMillis() + seconds * 1000L;
        synchronized (pause) {
            while (!stopping) {
                long left = until - System.currentTimeMillis();
                if (left <= 0) return true;
                try {
                    pause.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    private long backoff(int failures) {
        return Math.min(MAX_BACKOFF_SECONDS, config.retrySeconds() * (1L << Math.min(failures, 8)));
    }

    @Override
    public void close() {
        mailbox.close();
        workers.close();
    }
}
