package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.score.ProjectScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example re-saved by other programs gives the same findings and scores as the original: openpyxl
 * drops every formula's cached result (the 合计 row's SUMs), LibreOffice recomputes and rewrites the
 * whole file. The re-saving happens here; each test is skipped where its program is not installed
 * (.ci/setup.d installs both).
 */
class ResavedExampleTest {

    @TempDir
    Path dir;

    static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    static List<String> findings(Evaluation e) {
        return e.findings().stream().map(f -> f.cell() + " " + f.code() + " " + f.severity().id() + " " + f.message()).toList();
    }

    static List<String> scores(Evaluation e) {
        return e.scores().stream().map((ProjectScore s) -> s.form().displayName() + " " + s.budget() + " " + s.executed()
                + " " + s.ratePercent() + " " + s.executionScore() + " " + s.total() + " " + s.grade()).toList();
    }

    private void assertSameAsOriginal(Path resaved) {
        Evaluation original = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT);
        Evaluation other = Evaluator.evaluate(resaved, Options.DEFAULT);
        assertThat(other.error()).isNull();
        assertThat(findings(other)).containsExactlyElementsOf(findings(original));
        assertThat(scores(other)).containsExactlyElementsOf(scores(original));
        assertThat(other.department().bands()).containsExactly(22, 0, 3);
        assertThat(other.exitCode()).isEqualTo(1);
    }

    @Test
    void resavedByOpenpyxl() throws Exception {
        assumeTrue(runs("/usr/bin/python3", "-c", "import openpyxl"), "python3-openpyxl is not installed");
        Path out = dir.resolve("example.xlsx");
        assertThat(runs("/usr/bin/python3", "-c",
                "import sys, openpyxl; openpyxl.load_workbook(sys.argv[1]).save(sys.argv[2])",
                ExampleTest.EXAMPLE.toString(), out.toString())).isTrue();
        assertSameAsOriginal(out);
    }

    @Test
    void resavedByLibreOffice() throws Exception {
        assumeTrue(runs("soffice", "--version"), "LibreOffice is not installed");
        Path in = Files.copy(ExampleTest.EXAMPLE, dir.resolve("example.xlsx"));
        Path outDir = Files.createDirectories(dir.resolve("lo"));
        // Its own profile: another soffice running on the machine must not capture the conversion.
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "xlsx", "--outdir", outDir.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Path out = outDir.resolve("example.xlsx");
        assertThat(out).exists();
        assertSameAsOriginal(out);
    }
}
