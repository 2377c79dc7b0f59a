package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.template.ExampleData;
import cn.ziping.write.Templates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    static Path dir;
    static Path example;

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
    void checkJsonListsTheExampleProjects() throws Exception {
        Run r = run("check", "--format", "json", example.toString());
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("file").asText()).endsWith(ExampleData.FILE_NAME);
        assertThat(json.get("profile").asText()).isEqualTo("national");
        JsonNode d = json.get("department");
        assertThat(d.get("name").asText()).isEqualTo("保定市徐水区应急管理局");
        assertThat(d.get("year").asInt()).isEqualTo(2024);
        assertThat(d.get("projects").asInt()).isEqualTo(25);
        assertThat(json.get("projects")).hasSize(25);
        JsonNode team = null;
        JsonNode cars = null;
        for (JsonNode p : json.get("projects")) {
            if (p.get("name").asText().equals("森林草原消防专业队伍建设经费")) team = p;
            if (p.get("name").asText().equals("购买消防特种车辆保险费用")) cars = p;
        }
        assertThat(team.get("budget").decimalValue()).isEqualByComparingTo("241.94");
        assertThat(team.get("executed").decimalValue()).isEqualByComparingTo("241.94");
        assertThat(cars.get("budget").decimalValue()).as("the report's slip, as typed").isEqualByComparingTo("67805.20");
        for (JsonNode f : json.get("findings")) {
            assertThat(f.get("code").asText()).doesNotStartWith("R");
        }
    }

    @Test
    void notAWorkbookExitsThreeWithOneChineseSentence() throws Exception {
        Path txt = Files.writeString(dir.resolve("假的.xlsx"), "这不是表格", StandardCharsets.UTF_8);
        Run r = run("check", txt.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("不是 Excel 工作簿").doesNotContain("Exception").doesNotContain("\tat ");
        Run json = run("check", "--format", "json", txt.toString());
        assertThat(json.code()).isEqualTo(3);
        assertThat(json.out()).contains("\"error\"");
    }

    @Test
    void emptyAndMissingFilesExitThree() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertThat(run("check", empty.toString()).code()).isEqualTo(3);
        Run missing = run("check", dir.resolve("nope.xlsx").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("找不到文件");
    }

    @Test
    void highestCodeWinsOverSeveralFiles() throws Exception {
        Path txt = Files.writeString(dir.resolve("bad.xls"), "x");
        assertThat(run("check", example.toString(), txt.toString()).code()).isEqualTo(3);
    }

    @Test
    void usageErrorsExitTwoInChinese() {
        Run r = run("check");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("缺少必需的参数");
        assertThat(run("check", "--format", "xml", example.toString()).code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
    }

    @Test
    void helpIsChinese() {
        Run r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("用法").contains("check").contains("template");
        assertThat(run("check", "--help").out()).contains("输出格式");
    }

    @Test
    void templateRefusesToOverwrite(@TempDir Path out) {
        assertThat(run("template", out.toString()).code()).isZero();
        Run again = run("template", out.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        assertThat(run("template", out.toString(), "--force").code()).isZero();
    }

    @Test
    void jsonCarriesZipingsComputedValues() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("check", "--format", "json", example.toString()).out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("stats").get("errors").asInt()).isEqualTo(1);
        assertThat(json.get("stats").get("warnings").asInt()).isEqualTo(9);
        JsonNode d = json.get("department");
        assertThat(d.get("budgetTotal").decimalValue()).isEqualByComparingTo("69650.13948");
        assertThat(d.get("bands").get("ge90").asInt()).isEqualTo(22);
        assertThat(d.get("bands").get("from60to90").asInt()).isZero();
        assertThat(d.get("bands").get("lt60").asInt()).isEqualTo(3);
        JsonNode carry = null;
        for (JsonNode p : json.get("projects")) {
            if (p.get("name").asText().equals("2023年度森林草原消防大队基本运转经费")) carry = p;
        }
        assertThat(carry.get("executionRate").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(carry.get("executionScore").decimalValue()).isEqualByComparingTo("6.00");
        assertThat(carry.get("indicatorScore").decimalValue()).isEqualByComparingTo("51.78");
        assertThat(carry.get("totalScore").decimalValue()).isEqualByComparingTo("57.78");
        assertThat(carry.get("grade").asText()).isEqualTo("差");
        assertThat(carry.get("carryOver").asBoolean()).isTrue();
        JsonNode f = json.get("findings").get(0);
        assertThat(f.get("code").asText()).isEqualTo("D002");
        assertThat(f.get("severity").asText()).isEqualTo("error");
        assertThat(f.get("sheet").asText()).isEqualTo("汇总表");
        assertThat(f.get("cell").asText()).isEqualTo("C7");
        // The claim is right once the 元 amount is fixed: expected is the claim itself, never 69650.14.
        assertThat(f.get("expected").asText()).isEqualTo("1851.72");
    }

    @Test
    void profileChangesTheExecutionWeight() throws Exception {
        JsonNode json = new ObjectMapper().readTree(run("check", "--format", "json", "--profile", "hubei", example.toString()).out());
        assertThat(json.get("profile").asText()).isEqualTo("hubei");
        for (JsonNode p : json.get("projects")) {
            if (p.get("name").asText().equals("2023年度森林草原消防大队基本运转经费")) {
                assertThat(p.get("executionScore").decimalValue()).isEqualByComparingTo("12.00");
            }
        }
        assertThat(run("check", "--profile", "nowhere", example.toString()).code()).isEqualTo(2);
    }

    @Test
    void processWritesTheCheckedCopyAndPrintsTheFindings(@TempDir Path out) throws Exception {
        Run r = run("process", example.toString(), "--out-dir", out.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("[ERROR] 汇总表!C7: 全年预算数合计声明为 1851.72 万元，各项目合计为 69650.14 万元")
                .contains("[WARNING] 汇总表!E25: ").contains("[D008]")
                .contains("保定市徐水区应急管理局 2024年度：25 个项目，错误 1，警告 9，提示 0");
        Path written = out.resolve(ExampleData.FILE_NAME.replace(".xlsx", ".checked.xlsx"));
        assertThat(written).exists();
        assertThat(run("process", example.toString(), "-o", out.resolve("a.xlsx").toString(), "--out-dir", out.toString()).code())
                .isEqualTo(2);
        assertThat(run("process", example.toString(), "src/test/resources/golden/S-totals.xlsx", "-o",
                out.resolve("b.xlsx").toString()).code()).isEqualTo(2);
    }

    @Test
    void twoInputsOfTheSameNameNeverShareAnOutput(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("甲")).resolve("自评表.xlsx");
        Path b = Files.createDirectories(tmp.resolve("乙")).resolve("自评表.xlsx");
        Files.copy(example, a);
        Files.copy(Path.of("src/test/resources/golden/S-totals.xlsx"), b);
        Path out = tmp.resolve("out");
        run("process", a.toString(), b.toString(), "--out-dir", out.toString());
        assertThat(out.resolve("自评表.checked.xlsx")).exists();
        assertThat(out.resolve("自评表 (2).checked.xlsx")).exists();
        assertThat(cn.ziping.app.Evaluator.evaluate(out.resolve("自评表 (2).checked.xlsx"), cn.ziping.app.Options.DEFAULT)
                .findings()).anyMatch(f -> f.code().equals("S005"));
    }
}
