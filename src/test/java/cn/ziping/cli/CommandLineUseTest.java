package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import cn.ziping.template.ExampleData;
import cn.ziping.write.Templates;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as people type it (issue 7): folders, -o folders, failed writes, several files, names, Chinese. */
class CommandLineUseTest {

    @TempDir
    static Path dir;
    static Path example;
    static final String CHECKED = ExampleData.FILE_NAME.replace(".xlsx", ".checked.xlsx");
    static final String SUMMARY = "保定市徐水区应急管理局 2024年度：25 个项目，错误 1，警告 9，提示 0";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void writeExample() throws Exception {
        Templates.write(dir, true);
        example = dir.resolve(Templates.EXAMPLES).resolve(ExampleData.FILE_NAME);
    }

    @Test
    void aFolderStandsForItsWorkbooksEachOnceWithAHeaderPerFileAndTotals(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("收件"));
        Files.copy(example, in.resolve("甲.xlsx"));
        Files.createDirectories(in.resolve("子"));
        Files.copy(Path.of("src/test/resources/golden/S-totals.xlsx"), in.resolve("子/乙.xlsx"));
        Files.copy(example, in.resolve("~$甲.xlsx"));
        Files.copy(example, in.resolve("甲.checked.xlsx"));
        Files.writeString(in.resolve("说明.txt"), "不是工作簿");
        Run r = run("check", in.toString(), in.resolve("甲.xlsx").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(1);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("== ");
        assertThat(lines).filteredOn(l -> l.startsWith("== ")).containsExactlyInAnyOrder(
                "== " + in.resolve("甲.xlsx") + " ==", "== " + in.resolve("子/乙.xlsx") + " ==");
        assertThat(lines).contains(SUMMARY);
        assertThat(lines.get(lines.size() - 1)).startsWith("合计 2 个文件（已校验 2）：错误 ");
        assertThat(r.out()).doesNotContain("~$").doesNotContain("甲.checked");

        Files.delete(in.resolve("甲.checked.xlsx")); // not ours: process would rightly refuse to replace it
        Run p = run("process", in.toString());
        assertThat(p.code()).isEqualTo(1);
        assertThat(in.resolve("甲.checked.xlsx")).exists();
        assertThat(in.resolve("子/乙.checked.xlsx")).exists();
        assertThat(p.out().lines().toList().get(p.out().lines().toList().size() - 1))
                .startsWith("合计 2 个文件（已校验 2；已写出副本 2）：");
        try (var files = Files.list(in)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".checked.checked"));
        }
    }

    @Test
    void aFolderWithoutWorkbooksIsNamedAndExitsThree(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("空"));
        Files.writeString(empty.resolve("a.txt"), "x");
        Run r = run("check", empty.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("没有找到 Excel 工作簿").contains("空");
    }

    @Test
    void dashOWithATrailingSeparatorOrAnExistingFolderWritesIntoIt(@TempDir Path tmp) throws Exception {
        Path fresh = tmp.resolve("新文件夹");
        Run r = run("process", example.toString(), "-o", fresh + File.separator);
        assertThat(r.code()).isEqualTo(1);
        assertThat(fresh.resolve(CHECKED)).exists();
        assertThat(tmp.resolve("新文件夹.xlsx")).doesNotExist();

        Path existing = Files.createDirectories(tmp.resolve("已有"));
        assertThat(run("process", example.toString(), "-o", existing.toString()).code()).isEqualTo(1);
        assertThat(existing.resolve(CHECKED)).exists();
        assertThat(tmp.resolve("已有.xlsx")).doesNotExist();

        Path file = tmp.resolve("结果.xlsx");
        assertThat(run("process", example.toString(), "-o", file.toString()).code()).isEqualTo(1);
        assertThat(file).exists();
    }

    @Test
    void aFailedWriteStillPrintsTheFindingsAndSaysWhy(@TempDir Path tmp) throws Exception {
        // robust as root too: no one can create a folder under a regular file
        Path plain = Files.writeString(tmp.resolve("普通文件"), "x");
        Run r = run("process", example.toString(), "--out-dir", plain.resolve("输出").toString());
        assertThat(r.code()).isEqualTo(5);
        assertThat(r.out()).contains("[ERROR] 汇总表!C7: ").contains("[D008]").contains(SUMMARY + "；副本未写出");
        assertThat(r.err()).contains("未能写出标注副本“" + CHECKED + "”").contains("不是文件夹").doesNotContain(".tmp")
                .doesNotContain("Exception");
        var e = cn.ziping.app.Evaluator.process(example, null, plain.resolve("输出"), cn.ziping.app.Options.DEFAULT);
        assertThat(e.exitCode()).isEqualTo(5);
        assertThat(e.findings()).isNotEmpty();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cn.ziping.report.JsonReport.render(List.of(e)));
        assertThat(json.get("writeError").asText()).contains("不是文件夹");
        assertThat(json.has("output")).isFalse();
        assertThat(json.get("findings")).isNotEmpty();
    }

    @Test
    void aReadOnlyFolderGivesExitFiveWithPermissionAdvice(@TempDir Path tmp) throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into a read-only folder");
        Path ro = Files.createDirectories(tmp.resolve("只读"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Run r = run("process", example.toString(), "--out-dir", ro.toString());
            assertThat(r.code()).isEqualTo(5);
            assertThat(r.out()).contains("[ERROR] 汇总表!C7: ").contains(SUMMARY);
            assertThat(r.err()).contains("权限不足").contains("--out-dir").doesNotContain(".tmp");
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void processingAnOutputAgainDoesNotStackSuffixes(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve(CHECKED);
        assertThat(run("process", example.toString(), "--out-dir", tmp.toString()).code()).isEqualTo(1);
        assertThat(first).exists();
        Path elsewhere = tmp.resolve("再次");
        assertThat(run("process", first.toString(), "--out-dir", elsewhere.toString()).code()).isEqualTo(1);
        assertThat(elsewhere.resolve(CHECKED)).exists();
        Run beside = run("process", first.toString());
        assertThat(beside.code()).isEqualTo(1);
        assertThat(tmp.resolve(CHECKED.replace(".checked.xlsx", " (2).checked.xlsx"))).exists();
        try (var files = Files.list(tmp)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".checked.checked"));
        }
    }

    /** English words picocli might leak; option names, values and command names are taken out first. */
    static final Pattern ENGLISH = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    @Test
    void everyUsageErrorIsChinese() {
        String[][] cases = {
            {"check"}, {"check", "--format", "xml", "x.xlsx"}, {"check", "--format"}, {"check", "--foo", "x.xlsx"},
            {"frobnicate"}, {"chek", "x.xlsx"}, {"process", "x.xlsx", "-o", "a.xlsx", "-o", "b.xlsx"},
            {"process", "x.xlsx", "-o", "a.xlsx", "--out-dir", "b"}, {"check", "--format", "json", "--format", "text", "x.xlsx"},
            {"template", "a", "b"}, {"process", "--fix=maybe", "x.xlsx"}, {"check", "--profile"}, {"-x"},
            {"check", "--profile", "nowhere", "x.xlsx"}, {"process", "a.xlsx", "b.xlsx", "-o", "c.xlsx"},
        };
        for (String[] args : cases) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("参数错误：").contains("--help");
            String rest = r.err().replaceAll("--?[a-z][a-z-]*(=\\S+)?", "")
                    .replaceAll("\\b(ziping|check|process|template|batch|mail|report|gui|text|json|xml|true|false|nowhere|maybe|frobnicate|chek"
                            + "|FILE|OUT|DIR|national|jiangxi|hubei|grades|reverse|ratio|xlsx)\\b", "");
            Matcher m = ENGLISH.matcher(rest);
            assertThat(m.find()).as(String.join(" ", args) + " → " + r.err()).isFalse();
        }
    }

    @Test
    void everyCommandsHelpHasTheWholeExitCodeTable() {
        for (String[] args : new String[][] {{"--help"}, {"check", "--help"}, {"process", "--help"}, {"template", "--help"}, {"batch", "--help"}}) {
            Run r = run(args);
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("退出码：");
            for (int code = 0; code <= 5; code++) assertThat(r.out()).as(args[0] + " code " + code).contains("  " + code + "  ");
            assertThat(r.out()).contains("权限不足").contains("参数错误").contains("内部错误");
        }
        assertThat(run("check", "--help").out()).contains("文件夹");
        assertThat(run("process", "--help").out()).contains("以 / 结尾");
    }

    @Test
    void aDeadLinkToARenamedSheetIsSaidAsInfo() {
        Run r = run("check", "src/test/resources/golden/D-department.xlsx");
        assertThat(r.out()).contains("[INFO] 汇总表!L15: 自评表“项目2”不存在（工作表可能已改名），已按项目名称对应到工作表“救灾物资”")
                .contains("[D009]");
        assertThat(r.out()).doesNotContain("救灾物资采购”的项目自评表");
        assertThat(run("check", example.toString()).out()).doesNotContain("[D009]");
    }

    @Test
    void jsonAmountsAreExactAsTyped() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run("check", "--format", "json", example.toString()).out());
        boolean seen = false;
        for (var p : json.get("projects")) {
            if (p.get("name").asText().equals("2023年度应急广播系统维护经费")) {
                assertThat(p.get("budget").decimalValue()).isEqualByComparingTo("1.47094");
                assertThat(p.get("executed").decimalValue()).isEqualByComparingTo("0.809017");
                seen = true;
            }
        }
        assertThat(seen).isTrue();
    }
}
