package cn.ziping.read;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.template.ExampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The part-list reading of {@link OutputMark} answers as opening the whole workbook does. */
class OutputMarkTest {

    @TempDir
    Path dir;

    private static boolean byWorkbook(Path p) throws Exception {
        try (OpenWorkbook o = OpenWorkbook.open(p)) {
            return o.hasResultsSheet();
        }
    }

    @Test
    void ourOutputsAreRecognisedOthersNot() throws Exception {
        Path in = Path.of("workbook-templates/examples", ExampleData.FILE_NAME);
        Path out = Evaluator.process(in, null, dir, Options.DEFAULT).output();
        assertThat(OutputMark.isOurOutput(out)).isTrue().isEqualTo(byWorkbook(out));
        assertThat(OutputMark.isOurOutput(in)).isFalse().isEqualTo(byWorkbook(in));
        // a re-run of our own output is still ours
        Path again = Evaluator.process(out, dir.resolve("again.xlsx"), null, Options.DEFAULT).output();
        assertThat(OutputMark.isOurOutput(again)).isTrue();
    }

    @Test
    void aUsersOwnSheetCalled校验结果IsNotOurs() throws Exception {
        Path p = new TestBooks().sheet("校验结果", new Object[][] {{"我的校验记录"}}).write(dir.resolve("user.xlsx"));
        Path inline = new TestBooks().sheet("校验结果", new Object[][] {{null, "ziping 校验结果 not in A1"}})
                .write(dir.resolve("b1.xlsx"));
        Path number = new TestBooks().sheet("校验结果", new Object[][] {{1}}).write(dir.resolve("num.xlsx"));
        for (Path x : new Path[] {p, inline, number}) {
            assertThat(OutputMark.isOurOutput(x)).as(x.toString()).isFalse().isEqualTo(byWorkbook(x));
        }
        Path marked = new TestBooks().sheet("Sheet1", new Object[][] {{"x"}})
                .sheet("校验结果（ziping）", new Object[][] {{"ziping 校验结果（共 0 条）"}}).write(dir.resolve("alt.xlsx"));
        assertThat(OutputMark.isOurOutput(marked)).isTrue().isEqualTo(byWorkbook(marked));
    }

    @Test
    void xlsAndNonWorkbooks() throws Exception {
        Path xls = new TestBooks().sheet("校验结果", new Object[][] {{"ziping 校验结果（共 0 条）"}}).write(dir.resolve("old.xls"));
        assertThat(OutputMark.isOurOutput(xls)).isTrue();
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook");
        assertThat(OutputMark.isOurOutput(text)).isFalse();
        Path zip = dir.resolve("empty.xlsx");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            z.write("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>".getBytes());
        }
        assertThat(OutputMark.isOurOutput(zip)).isFalse();
        assertThat(OutputMark.isOurOutput(dir)).isFalse();
        assertThat(OutputMark.isOurOutput(dir.resolve("missing.xlsx"))).isFalse();
    }
}
