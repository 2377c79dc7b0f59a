package cn.ziping.gui;

import cn.ziping.app.ErrorLog;
import cn.ziping.report.TextReport;
import cn.ziping.write.Templates;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;

/** The four actions on the selected file: open the copy, open its folder, copy the text, new templates. */
final class Actions {

    final JButton openResult = button("打开结果工作簿", "openResult");
    final JButton openFolder = button("打开所在文件夹", "openFolder");
    final JButton copy = button("复制结果", "copy");
    final JButton template = button("新建空白模板…", "template");
    private final Component parent;
    private final Supplier<FileRow> selected;
    private final Settings settings;

    Actions(Component parent, Supplier<FileRow> selected, Settings settings) {
        this.parent = parent;
        this.selected = selected;
        this.settings = settings;
        openResult.setToolTipText("用系统的电子表格程序打开标注后的副本（NAME.checked.xlsx）");
        openFolder.setToolTipText("在文件管理器中打开结果所在的文件夹");
        copy.setToolTipText("把这个文件的校验结果以纯文本复制到剪贴板（与命令行的输出相同）");
        template.setToolTipText("把空白的部门工作簿模板和单个项目自评表模板保存到选定的文件夹");
        openResult.addActionListener(e -> openResult());
        openFolder.addActionListener(e -> openFolder());
        copy.addActionListener(e -> copy());
        template.addActionListener(e -> templates());
        update();
    }

    /** Enables what makes sense for the selected file. */
    void update() {
        FileRow r = selected.get();
        openResult.setEnabled(output(r) != null);
        openFolder.setEnabled(r != null);
        copy.setEnabled(r != null && r.status().finished());
    }

    static Path output(FileRow r) {
        return r == null || r.evaluation() == null ? null : r.evaluation().output();
    }

    void openResult() {
        Path out = output(selected.get());
        if (out != null) Desktops.open(parent, out);
    }

    private void openFolder() {
        FileRow r = selected.get();
        if (r == null) return;
        Path p = output(r) != null ? output(r) : r.file();
        Path dir = p.toAbsolutePath().getParent();
        if (dir != null) Desktops.open(parent, dir);
    }

    /** The CLI's text format: one line per finding and the summary line (or the reason the file has no result). */
    static String text(FileRow r) {
        if (r.evaluation() != null) return TextReport.render(r.evaluation());
        return r.file() + ": " + r.reason() + System.lineSeparator();
    }

    private void copy() {
        FileRow r = selected.get();
        if (r == null) return;
        StringSelection s = new StringSelection(text(r));
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(s, s);
    }

    private void templates() {
        JFileChooser chooser = new JFileChooser(settings.folder().toFile());
        chooser.setDialogTitle("选择保存空白模板的文件夹");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setApproveButtonText("保存到这里");
        if (chooser.showDialog(parent, "保存到这里") != JFileChooser.APPROVE_OPTION) return;
        Path dir = chooser.getSelectedFile().toPath();
        settings.folder(dir);
        for (Path t : Templates.targets(dir, false)) {
            if (Files.exists(t)) {
                JOptionPane.showMessageDialog(parent, "文件已存在：" + t + "\n为避免覆盖已填写的内容，未写任何文件。请选另一个文件夹。",
                        "未保存模板", JOptionPane.WARNING_MESSAGE);
                return;
            }
        }
        template.setEnabled(false);
        // writing loads POI (a second or more the first time): off the event thread, so the window never freezes
        Thread t = new Thread(() -> {
            String message;
            boolean saved;
            try {
                List<Path> written = Templates.write(dir, false);
                message = "已保存空白模板：\n" + String.join("\n", written.stream().map(Path::toString).toList());
                saved = true;
            } catch (IOException e) {
                message = "无法保存模板到“" + dir + "”：" + e.getMessage();
                saved = false;
            } catch (RuntimeException | Error bug) {
                message = ErrorLog.apology(bug);
                saved = false;
            }
            String text = message;
            boolean ok = saved;
            SwingUtilities.invokeLater(() -> {
                template.setEnabled(true);
                JOptionPane.showMessageDialog(parent, text, ok ? "已保存" : "未保存模板",
                        ok ? JOptionPane.INFORMATION_MESSAGE : JOptionPane.WARNING_MESSAGE);
            });
        }, "ziping-templates");
        t.setDaemon(true);
        t.start();
    }

    private static JButton button(String text, String name) {
        JButton b = new JButton(text);
        b.setName(name);
        return b;
    }
}
