package cn.ziping.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.bench.Corpus;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress display: plain lines when output is not a terminal, a bar redrawn in place on one. */
class ProgressTest {

    @TempDir
    Path dir;

    private Path tree(int n) throws Exception {
        Path in = dir.resolve("in");
        for (int i = 0; i < n; i++) Corpus.department(in.resolve("区" + (i % 2) + "/单位" + i + ".xlsx"), "单位" + i, 2, i);
        return in;
    }

    @Test
    void plainLinesWhenNotATerminal() throws Exception {
        Path in = tree(3);
        BatchTest.Run r = BatchTest.batch(in.toString(), "--out-dir", dir.resolve("out").toString(), "--threads", "2");
        List<String> lines = r.err().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).matches("\\[" + (i + 1) + "/3\\] 已用 \\d+:\\d\\d，剩余约 \\d+:\\d\\d：区\\d/单位\\d\\.xlsx（错误 \\d+，警告 \\d+）");
        }
        assertThat(r.err()).doesNotContain("\r").doesNotContain("\033[");
    }

    @Test
    void aBarRedrawnInPlaceOnAPseudoTerminal() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3 to open a pseudo-terminal");
        Path in = tree(3);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // runs the command with stdin/stdout/stderr on a new pseudo-terminal and copies what it shows
        String pty = String.join("\n",
                "import os, pty, sys",
                "pid, fd = pty.fork()",
                "if pid == 0:",
                "    os.execv(sys.argv[1], sys.argv[1:])",
                "out = b''",
                "while True:",
                "    try:",
                "        chunk = os.read(fd, 65536)",
                "    except OSError:",
                "        break",
                "    if not chunk:",
                "        break",
                "    out += chunk",
                "_, status = os.waitpid(pid, 0)",
                "sys.stdout.buffer.write(out)",
                "sys.exit(os.WEXITSTATUS(status))");
        Process p = new ProcessBuilder(python.toString(), "-c", pty, java, "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "cn.ziping.cli.Main", "batch", in.toString(),
                "--out-dir", dir.resolve("out").toString(), "--threads", "2")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String shown = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(shown).isZero();
        assertThat(shown).contains("\r[").contains("\033[K").contains("3/3 100%").contains("已用").contains("剩余约");
        assertThat(Pattern.compile("\\[#*-*\\] [0-2]/3 ").matcher(shown).find()).as(shown).isTrue();
        assertThat(shown).doesNotContain("[1/3] 已用"); // no plain lines on a terminal
        assertThat(shown).contains("共 3 个文件");
        assertThat(new File(dir.resolve("out").toFile(), "汇总结果.xlsx")).exists();
    }
}
