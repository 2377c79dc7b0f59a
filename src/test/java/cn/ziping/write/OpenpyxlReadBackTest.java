package cn.ziping.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.template.ExampleData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated copy read back by openpyxl, an implementation other than ours: the file is valid
 * OOXML and shows the fills, comments and links we meant. .ci/run installs python3-openpyxl.
 */
class OpenpyxlReadBackTest {

    static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path dir;

    static boolean openpyxl() {
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import openpyxl").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void openpyxlSeesTheAnnotations() throws Exception {
        assumeTrue(openpyxl() || System.getenv("CI") != null, "python3-openpyxl is not installed");
        Evaluation e = Evaluator.process(Path.of("workbook-templates/examples", ExampleData.FILE_NAME), null, dir, Options.DEFAULT);
        Process p = new ProcessBuilder(PYTHON, "src/test/resources/openpyxl/read_back.py", e.output().toString(), "C7", "E25", "C6")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().toList();
        assertThat(lines.get(0)).startsWith("sheets 汇总表|提前下达2024年自然灾害救助专项资金|").endsWith("|校验结果");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cell C7 1851.72 fill 45 comment 【ziping】⏎[D002] 全年预算数合计声明为 1851.72 万元"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("cell E25 67805.2 fill 52 comment 【ziping】⏎[D008]"));
        assertThat(lines).contains("cell C6 25.0 fill None comment None");
        assertThat(lines).contains("link 汇总表!C7 '汇总表'!C7", "link 汇总表!E25 '汇总表'!E25");
    }

    /** Issue 7 item 9: templates, the example and outputs carry the named style Normal; openpyxl says nothing. */
    @Test
    void openpyxlFindsTheDefaultStyleInTemplatesAndOutputs() throws Exception {
        assumeTrue(openpyxl() || System.getenv("CI") != null, "python3-openpyxl is not installed");
        Evaluation e = Evaluator.process(Path.of("workbook-templates/examples", ExampleData.FILE_NAME), null, dir, Options.DEFAULT);
        String script = "import sys, warnings, openpyxl\n"
                + "for f in sys.argv[1:]:\n"
                + "    with warnings.catch_warnings(record=True) as w:\n"
                + "        warnings.simplefilter('always')\n"
                + "        wb = openpyxl.load_workbook(f)\n"
                + "    print(len(w), 'Normal' in wb.named_styles, [str(x.message) for x in w])\n";
        Process p = new ProcessBuilder(PYTHON, "-c", script, e.output().toString(),
                "workbook-templates/examples/" + ExampleData.FILE_NAME, "workbook-templates/项目支出绩效自评表（模板）.xlsx",
                "workbook-templates/部门预算项目绩效自评工作簿（模板）.xlsx").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).hasSize(4).allSatisfy(l -> assertThat(l).isEqualTo("0 True []"));
    }
}
