package cn.ziping.gui;

import java.awt.Component;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/**
 * Opens a file in the system's program for it, or a folder in the file manager. Off the event
 * thread (opening can block), with {@code xdg-open}/{@code explorer}/{@code open} where Java's
 * Desktop cannot (some Linux desktops without GNOME libraries).
 */
final class Desktops {

    private Desktops() {
    }

    static void open(Component parent, Path path) {
        Thread t = new Thread(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(path.toFile());
                } else {
                    new ProcessBuilder(opener(), path.toString()).inheritIO().start();
                }
            } catch (Exception e) {
                SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(parent,
                        "无法打开“" + path + "”：系统中可能没有能打开它的程序。请在文件管理器中找到并打开它。", "无法打开",
                        JOptionPane.WARNING_MESSAGE));
            }
        }, "ziping-open");
        t.setDaemon(true);
        t.start();
    }

    private static String opener() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) return "explorer";
        if (os.contains("mac")) return "open";
        return "xdg-open";
    }
}
