package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a double-click or a drop on the jar means, and the gui command without a display. */
class LaunchTest {

    @Test
    void noArgumentsOpenTheWindowOnlyWhereThereIsADisplay() {
        assertThat(Main.launch(new String[0], true)).containsExactly("gui");
        assertThat(Main.launch(new String[0], false)).isEmpty();
    }

    @Test
    void filesWithNoCommandOpenTheWindowCheckingThem(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.xlsx"), "");
        assertThat(Main.launch(new String[] {a.toString(), "b.xlsx"}, true)).containsExactly("gui", a.toString(), "b.xlsx");
        assertThat(Main.launch(new String[] {"check", a.toString()}, true)).containsExactly("check", a.toString());
        assertThat(Main.launch(new String[] {"--help"}, true)).containsExactly("--help");
        assertThat(Main.launch(new String[] {"frobnicate"}, true)).containsExactly("frobnicate");
    }

    @Test
    void guiWithoutADisplayExplainsAndExitsWithAUsageError() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display exists here");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "gui");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("没有可用的图形显示", "ziping check");
    }

    @Test
    void helpListsTheGuiCommand() {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--help");
        assertThat(out.toString()).contains("gui", "打开图形界面窗口");
        StringWriter gui = new StringWriter();
        assertThat(Main.run(new PrintWriter(gui), new PrintWriter(new StringWriter()), "gui", "--help")).isZero();
        assertThat(gui.toString()).contains("用法：", "打开图形界面窗口", "退出码：");
    }
}
