package cn.ziping.gui;

import cn.ziping.app.ErrorLog;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** The entry of the desktop window, for the command line's launcher. */
public final class Gui {

    private Gui() {
    }

    /** Whether a window can be shown here (false on a server or in a terminal without a display). */
    public static boolean displayAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    /** Opens the window (checking {@code files} at once when given) and waits until it is closed. */
    public static void run(List<Path> files) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        open(files, closed);
        closed.await();
    }

    /** Opens the window on the event thread; {@code closed} is counted down when it is closed. */
    static MainWindow open(List<Path> files, CountDownLatch closed) throws InterruptedException {
        return open(files, closed, null);
    }

    /** As {@link #open(List, CountDownLatch)}, remembering in {@code settings} (the user's when null). */
    static MainWindow open(List<Path> files, CountDownLatch closed, Settings settings) throws InterruptedException {
        AtomicReference<MainWindow> window = new AtomicReference<>();
        // the preferences file is read (XML) on another thread while the look and feel loads
        CompletableFuture<Settings> remembered = settings != null ? CompletableFuture.completedFuture(settings)
                : CompletableFuture.supplyAsync(() -> Settings.user().loaded());
        try {
            SwingUtilities.invokeAndWait(() -> {
                Look.install();
                MainWindow w = new MainWindow(remembered.join(), CheckRun.EVALUATOR);
                w.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                Thread.setDefaultUncaughtExceptionHandler((t, bug) -> SwingUtilities.invokeLater(() ->
                        JOptionPane.showMessageDialog(w, ErrorLog.apology(bug), "抱歉，出错了", JOptionPane.ERROR_MESSAGE)));
                if (Boolean.getBoolean("ziping.gui.startupLog")) w.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowOpened(java.awt.event.WindowEvent e) {
                        // for measuring start-up (docs/gui.md): wall-clock ms when the window is shown
                        System.err.println("ziping window opened at " + System.currentTimeMillis() + " after "
                                + ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() + " ms CPU").orElse("?"));
                    }
                });
                w.setVisible(true);
                if (!files.isEmpty()) w.check(files);
                window.set(w);
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return window.get();
    }
}
