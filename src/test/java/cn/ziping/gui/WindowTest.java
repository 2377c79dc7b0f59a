package cn.ziping.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;
import static org.assertj.swing.timing.Timeout.timeout;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.ziping.report.TextReport;
import cn.ziping.write.Templates;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window end to end, as a user meets it: started with files, it checks them off the event
 * thread and shows the results; 取消 stops a long run. Needs a display (CI runs the tests under
 * xvfb-run); without one it is skipped. Leaves its screenshot in target/gui/window.png.
 */
class WindowTest {

    @TempDir
    Path dir;

    final Preferences node = Preferences.userRoot().node("cn/ziping/gui-window-test-" + ProcessHandle.current().pid());
    FrameFixture window;
    MainWindow frame;

    static final Locale BEFORE = Locale.getDefault();

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(BEFORE); // the window sets Chinese for Swing's own dialogs; other tests run in this JVM
    }

    @BeforeAll
    static void needsADisplay() {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display: run under xvfb-run to test the window");
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) window.cleanUp();
        node.removeNode();
    }

    void open(List<Path> files) throws Exception {
        node.put("folder", dir.toString()); // file choosers open on the test's folder, not on a large home
        frame = Gui.open(files, new CountDownLatch(1), new Settings(node));
        window = new FrameFixture(BasicRobot.robotWithCurrentAwtHierarchy(), frame);
        GuiActionRunner.execute(() -> {
            frame.setBounds(0, 0, 1366, 768);
            frame.validate();
        });
    }

    void await(String what, Predicate<RunState> done, long millis) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return done.test(frame.run.state());
            }
        }, timeout(millis));
        window.robot().waitForIdle();
    }

    @Test
    void checksTheFilesItWasStartedWithAndShowsTheResults() throws Exception {
        Path book = Files.copy(CheckRunTest.EXAMPLE, dir.resolve(CheckRunTest.EXAMPLE.getFileName().toString()));
        Path notBook = Files.writeString(dir.resolve("会议纪要.xlsx"), "这不是工作簿，只是改了扩展名的文本");
        open(List.of(book, notBook));
        await("both files checked", s -> s.phase() == RunState.Phase.FINISHED, 120_000);

        window.table("files").requireRowCount(2);
        window.table("files").cell(row(0).column(0)).requireValue("有错误");
        window.table("files").cell(row(1).column(0)).requireValue("无法读取");
        assertThat(window.table("files").cell(row(1).column(2)).value()).contains("不是 Excel 工作簿");
        window.table("files").requireSelectedRows(0);
        String[][] findings = window.table("findings").contents();
        assertThat(Arrays.asList(findings)).anySatisfy(r -> assertThat(r).startsWith("错误", "D002", "汇总表!C7"));
        assertThat(window.label("department").text()).contains("保定市徐水区应急管理局", "项目数：25", "≥90 分：22",
                "60–90 分：0", "<60 分：3");
        window.table("projects").requireRowCount(25);
        assertThat(dir.resolve(book.getFileName().toString().replace(".xlsx", ".checked.xlsx"))).exists();
        assertThat(dir.resolve("会议纪要.checked.xlsx")).doesNotExist();
        window.progressBar("progress").requireValue(2);
        window.label("progressText").requireText("已完成：共 2 个文件");
        window.button("openResult").requireEnabled();
        window.button("cancel").requireDisabled();

        // filter by severity: only the warning row is left
        severity("警告");
        assertThat(Arrays.asList(window.table("findings").contents())).isNotEmpty().allSatisfy(r -> assertThat(r[0]).isEqualTo("警告"));
        severity("全部");
        screenshot(Path.of("target/gui/window.png"));

        // 复制结果: the command line's text format, on the clipboard
        press("copy");
        flush();
        String copied = (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        assertThat(copied).isEqualTo(TextReport.render(frame.run.state().rows().get(0).evaluation()))
                .contains("[ERROR] 汇总表!C7: ", "[D002]", "25 个项目，错误 1，警告 ");

        // Swing's own dialogs speak Chinese too
        press("choose");
        JFileChooserFixture chooser = window.fileChooser(timeout(30_000));
        assertThat(chooser.target().getDialogTitle()).isEqualTo("选择要校验的工作簿或文件夹");
        chooser.approveButton().requireText("校验");
        chooser.cancelButton().requireText("取消");
        javax.swing.JFileChooser opened = chooser.target();
        GuiActionRunner.execute(() -> opened.cancelSelection());

        // the unreadable file's row shows its reason in the department line too
        // the selection reaches the department line through the event queue: wait for it (bounded),
        // selecting again once in case the click landed while the closing file chooser had the focus
        for (int attempt = 0; attempt < 2 && !window.label("department").text().contains("会议纪要.xlsx"); attempt++) {
            javax.swing.JTable files = window.table("files").target();
            GuiActionRunner.execute(() -> files.setRowSelectionInterval(1, 1));
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
            while (!window.label("department").text().contains("会议纪要.xlsx") && System.nanoTime() < until) Thread.sleep(50);
        }
        assertThat(window.label("department").text()).contains("会议纪要.xlsx", "不是 Excel 工作簿");
        window.table("findings").requireRowCount(0);
    }

    @Test
    void aReportDroppedWithItsWorkbookGivesTheN001AndOneCanBeAttached() throws Exception {
        Path book = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("徐水区应急局.xlsx"));
        Path report = Files.copy(ReportRunTest.SEED, dir.resolve("徐水区应急局.txt"));
        open(List.of(book, report));
        await("the workbook checked against its report", s -> s.phase() == RunState.Phase.FINISHED, 120_000);

        window.table("files").requireRowCount(1);
        window.table("files").cell(row(0).column(0)).requireValue("有错误");
        assertThat(window.table("files").cell(row(0).column(2)).value()).contains("已对照报告“徐水区应急局.txt”");
        assertThat(Arrays.asList(window.table("findings").contents())).anySatisfy(r -> assertThat(r).startsWith("错误", "N001", "报告!P4"));
        window.label("reportText").requireText(java.util.regex.Pattern.compile("未附加报告.*"));
        assertThat(GuiActionRunner.execute(() -> frame.removeReport.isVisible())).as("移除报告 shown with no report").isFalse();

        // 附加报告… picks a report for the next runs; it is named beside the button and can be removed
        press("attachReport");
        JFileChooserFixture chooser = window.fileChooser(timeout(30_000));
        assertThat(chooser.target().getDialogTitle()).isEqualTo("选择绩效自评报告");
        chooser.setCurrentDirectory(dir.toFile());
        chooser.selectFile(report.toFile());
        chooser.approveButton().requireText("附加");
        approve(chooser);
        window.label("reportText").requireText(java.util.regex.Pattern.compile("报告：徐水区应急局\\.txt.*"));
        window.button("removeReport").requireVisible();
        severity("错误"); // the two errors: D002 in the workbook, N001 in the report
        screenshot(Path.of("target/gui/window-report.png"));
        press("removeReport");
        flush();
        window.label("reportText").requireText(java.util.regex.Pattern.compile("未附加报告.*"));
        // a report dropped alone is attached, not run without a workbook
        GuiActionRunner.execute(() -> frame.check(List.of(report)));
        window.label("reportText").requireText(java.util.regex.Pattern.compile("报告：徐水区应急局\\.txt.*"));
        assertThat(frame.run.state().rows()).hasSize(1);
    }

    @Test
    void cancelStopsARunOfManyFilesPromptly() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 40; i++) files.add(Files.copy(CheckRunTest.EXAMPLE, dir.resolve("第" + i + "号.xlsx")));
        open(files);
        await("the first file done", s -> s.done() >= 1, 120_000);
        // the window answers while files are being checked (the work is off the event thread)
        long t0 = System.nanoTime();
        GuiActionRunner.execute(() -> frame.progressText.getText());
        assertThat((System.nanoTime() - t0) / 1_000_000).as("ms for the event thread to answer").isLessThan(1000);

        long asked = System.nanoTime();
        press("cancel");
        await("cancelled", s -> s.phase() == RunState.Phase.CANCELLED, 30_000);
        long took = (System.nanoTime() - asked) / 1_000_000;
        assertThat(took).as("ms from 取消 to stopped").isLessThan(10_000);

        RunState end = frame.run.state();
        assertThat(end.done()).isBetween(1, 39);
        window.label("progressText").requireText("已取消：完成 " + end.done() + " / 40 个文件，其余未检查");
        window.table("files").cell(row(39).column(0)).requireValue("已取消");
        window.button("choose").requireEnabled();
        try (var left = Files.list(dir)) {
            List<String> names = left.map(p -> p.getFileName().toString()).toList();
            assertThat(names).filteredOn(n -> n.contains(".checked.")).hasSize(end.done());
            assertThat(names).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void savesTheBlankTemplatesWhereTheUserPicks() throws Exception {
        open(List.of());
        Path target = Files.createDirectories(dir.resolve("模板"));
        press("template");
        JFileChooserFixture chooser = window.fileChooser(timeout(30_000));
        chooser.setCurrentDirectory(dir.toFile());
        chooser.selectFile(target.toFile());
        approve(chooser);
        ok(window.optionPane(timeout(90_000)).requireInformationMessage().requireMessage(
                java.util.regex.Pattern.compile("(?s)已保存空白模板.*")).target());
        assertThat(target.resolve(Templates.DEPARTMENT)).isNotEmptyFile();
        assertThat(target.resolve(Templates.SINGLE)).isNotEmptyFile();
        // a second time nothing is overwritten
        press("template");
        chooser = window.fileChooser(timeout(30_000));
        chooser.setCurrentDirectory(dir.toFile());
        chooser.selectFile(target.toFile());
        approve(chooser);
        ok(window.optionPane(timeout(90_000)).requireWarningMessage().requireMessage(
                java.util.regex.Pattern.compile("(?s)文件已存在.*未写任何文件.*")).target());
    }

    /**
     * Presses a button of the main window as a click would, but on the event thread and without
     * waiting (a button may open a modal dialog): under Xvfb without a window manager a robot's
     * click is now and then lost, which made these tests flaky.
     */
    private void press(String name) {
        javax.swing.JButton b = window.button(name).target();
        javax.swing.SwingUtilities.invokeLater(b::doClick);
    }

    /** Picks the 严重程度 filter's item shown as {@code text}, on the event thread (see {@link #press}). */
    private void severity(String text) {
        javax.swing.JComboBox<?> box = window.comboBox("severity").target();
        GuiActionRunner.execute(() -> {
            for (int i = 0; i < box.getItemCount(); i++) {
                if (String.valueOf(box.getItemAt(i)).equals(text)) box.setSelectedIndex(i);
            }
        });
    }

    /** Waits until the event thread has handled everything queued before this call. */
    private static void flush() {
        GuiActionRunner.execute(() -> true);
    }

    /** Approves a file chooser's selection on the event thread (see {@link #press}). */
    private static void approve(JFileChooserFixture chooser) {
        javax.swing.JFileChooser c = chooser.target();
        GuiActionRunner.execute(() -> c.approveSelection());
    }

    /** Answers a message dialog with OK on the event thread (see {@link #press}). */
    private static void ok(javax.swing.JOptionPane pane) {
        GuiActionRunner.execute(() -> pane.setValue(javax.swing.JOptionPane.OK_OPTION));
    }

    private void screenshot(Path png) throws Exception {
        Files.createDirectories(png.getParent());
        Rectangle bounds = GuiActionRunner.execute(() -> frame.getBounds());
        BufferedImage image = new Robot().createScreenCapture(bounds);
        ImageIO.write(image, "png", png.toFile());
        assertThat(Arrays.stream(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()))
                .distinct().count()).as("colours in the screenshot (not a blank capture)").isGreaterThan(10);
    }
}
