package cn.ziping.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How far a batch is, on stderr: on a terminal one line redrawn in place (bar, n / N, elapsed,
 * time remaining, the file being processed), ticking every second; otherwise (a log, a pipe) one
 * plain line per finished file. Other output goes through {@link #println} so that it never lands
 * in the middle of the bar.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 24;
    private static final int NAME = 28;

    private final PrintWriter err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private int done;
    private String current = "";
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        if (terminal) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ziping-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
        } else {
            ticker = null;
        }
    }

    /** Is stdout/stderr an interactive terminal (Java 17: no console when either is redirected)? */
    static boolean onTerminal() {
        return System.console() != null;
    }

    /** The file now being worked on (the oldest unfinished one). */
    synchronized void current(String shown) {
        current = shown;
        if (terminal) draw();
    }

    /** One more file finished; {@code note} says how it went. */
    synchronized void finished(String shown, String note) {
        done++;
        if (terminal) {
            draw();
        } else {
            err.println("[" + done + "/" + total + "] 已用 " + clock(elapsed()) + "，剩余约 " + clock(remaining())
                    + "：" + shown + "（" + note + "）");
            err.flush();
        }
    }

    /** Prints a line of other output without breaking the bar. */
    synchronized void println(PrintWriter w, String line) {
        if (terminal && drawn) {
            err.print("\r\033[K");
            err.flush();
        }
        w.println(line);
        w.flush();
        if (terminal) draw();
    }

    private synchronized void redraw() {
        if (done < total) draw();
    }

    private void draw() {
        int filled = total == 0 ? BAR : (int) ((long) BAR * done / total);
        String bar = "#".repeat(filled) + "-".repeat(BAR - filled);
        int pct = total == 0 ? 100 : (int) (100L * done / total);
        String line = "\r[" + bar + "] " + done + "/" + total + " " + pct + "%  已用 " + clock(elapsed())
                + "  剩余约 " + (done == 0 ? "--:--" : clock(remaining()))
                + (done < total && !current.isEmpty() ? "  正在处理：" + shorten(current) : "");
        err.print(line + "\033[K");
        err.flush();
        drawn = true;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private Duration remaining() {
        if (done == 0) return Duration.ZERO;
        return elapsed().multipliedBy(total - done).dividedBy(done);
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** The end of a long path: the file name matters most. */
    private static String shorten(String s) {
        return s.length() <= NAME ? s : "…" + s.substring(s.length() - NAME + 1);
    }

    /** Ends the bar's line. */
    @Override
    public synchronized void close() {
        if (ticker != null) ticker.shutdownNow();
        if (terminal && drawn) {
            draw();
            err.println();
            err.flush();
        }
    }
}
