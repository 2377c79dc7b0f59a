package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.template.ExampleData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report} on check and process, and the {@code report} command, from the command line. */
class ReportCliTest {

    static final String EXAMPLE = "workbook-templates/examples/" + ExampleData.FILE_NAME;
    static final String SEED = "src/test/resources/report/seed-report.txt";

    @TempDir
    Path dir;

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void checkJsonGainsTheN001Finding() throws Exception {
        String[] r = run("check", "--format", "json", "--report", SEED, EXAMPLE);
        assertThat(r[0]).isEqualTo("1");
        JsonNode findings = new ObjectMapper().readTree(r[1]).get("findings");
        List<JsonNode> n001 = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("code").asText().equals("N001")) n001.add(f);
        });
        assertThat(n001).hasSize(1);
        assertThat(n001.get(0).get("sheet").asText()).isEqualTo("报告");
        assertThat(n001.get(0).get("cell").asText()).isEqualTo("P4");
        assertThat(n001.get(0).get("severity").asText()).isEqualTo("error");
        assertThat(n001.get(0).get("message").asText()).contains("1851.72", "69650.14");
        assertThat(n001.get(0).get("expected").asText()).isEqualTo("69650.14");
    }

    @Test
    void processListsTheReportFindingInTheResultsSheetWithoutACellComment() throws Exception {
        Path out = dir.resolve("out.xlsx");
        String[] r = run("process", "--report", SEED, "-o", out.toString(), EXAMPLE);
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("[ERROR] 报告!P4:", "[N001]");
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertThat(wb.getSheet("报告")).isNull();
            Sheet results = wb.getSheet("校验结果");
            Row n001 = null;
            for (Row row : results) {
                Cell code = row.getCell(2);
                if (code != null && "N001".equals(code.toString())) n001 = row;
            }
            assertThat(n001).isNotNull();
            assertThat(n001.getCell(3).getStringCellValue()).isEqualTo("报告第 4 段");
            assertThat(n001.getCell(3).getHyperlink()).isNull();
            assertThat(n001.getCell(4).getStringCellValue()).contains("“2024年预算项目支出总计1851.72万元", "69650.14");
            for (Sheet sh : wb) {
                for (Comment c : sh.getCellComments().values()) assertThat(c.getString().getString()).doesNotContain("N001");
            }
        }
    }

    @Test
    void reportCommandWritesTheDraftAndAnUnreadableReportIsExitThree() throws Exception {
        Path out = dir.resolve("报告.docx");
        String[] r = run("report", EXAMPLE, "-o", out.toString());
        assertThat(r[0]).isEqualTo("1");
        assertThat(r[1]).contains("已写出报告初稿").contains("工作簿有错误");
        assertThat(out).exists();
        String[] again = run("check", "--report", out.toString(), EXAMPLE);
        assertThat(again[1]).doesNotContain("N001");

        Path scan = dir.resolve("x.doc");
        Files.writeString(scan, "x");
        String[] bad = run("check", "--report", scan.toString(), EXAMPLE);
        assertThat(bad[0]).isEqualTo("3");
        assertThat(bad[2]).contains("另存为 .docx").doesNotContain("Exception");
    }
}
