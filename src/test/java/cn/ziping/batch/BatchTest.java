package cn.ziping.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.bench.Corpus;
import cn.ziping.cli.Main;
import cn.ziping.read.Tables;
import cn.ziping.template.ExampleData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch over a generated folder tree of good, anomalous and unreadable workbooks: the roll-up's
 * figures equal the sums of the per-file JSON results, read back with POI, easyexcel and openpyxl.
 */
class BatchTest {

    @TempDir
    static Path dir;
    static Path in;
    static Path out;
    static String stdout;
    static String stderr;
    static int code;
    static JsonNode json;

    record Run(int code, String out, String err) {
    }

    static Run batch(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        int c = Main.run(new PrintWriter(o), new PrintWriter(e), all);
        return new Run(c, o.toString(), e.toString());
    }

    @BeforeAll
    static void runBatch() throws Exception {
        in = dir.resolve("in");
        out = dir.resolve("out");
        Corpus.department(in.resolve("区A/甲局.xlsx"), "甲局", 6, 1);
        Corpus.department(in.resolve("区A/乙局/乙局自评.xlsx"), "乙局", 25, 2);
        Files.copy(Path.of("workbook-templates/examples", ExampleData.FILE_NAME), in.resolve("区A/" + ExampleData.FILE_NAME));
        for (String g : List.of("D-department", "F-funds", "I-indicators", "R-reading", "R-not-a-form", "S-totals")) {
            Files.createDirectories(in.resolve("区B"));
            Files.copy(Path.of("src/test/resources/golden", g + ".xlsx"), in.resolve("区B/" + g + ".xlsx"));
        }
        Path bad = Files.createDirectories(in.resolve("区B/退回"));
        Files.writeString(bad.resolve("不是表格.xlsx"), "这不是工作簿");
        Files.write(bad.resolve("空文件.xlsx"), new byte[0]);
        byte[] whole = Files.readAllBytes(in.resolve("区A/甲局.xlsx"));
        Files.write(bad.resolve("截断.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.write(in.resolve("区A/~$甲局.xlsx"), new byte[] {1, 2, 3}); // Excel's lock file: not an input
        Run r = batch(in.toString(), "--out-dir", out.toString(), "--format", "json", "--threads", "2");
        code = r.code();
        stdout = r.out();
        stderr = r.err();
        json = new ObjectMapper().readTree(stdout);
    }

    @Test
    void everyFileIsListedAndBadOnesDoNotStopTheRun() {
        assertThat(code).as(stderr).isEqualTo(3);
        assertThat(json.size()).isEqualTo(12);
        long unreadable = 0;
        for (JsonNode f : json) if (f.has("error")) unreadable++;
        assertThat(unreadable).isEqualTo(3);
        assertThat(stderr).contains("不是表格.xlsx").contains("空文件.xlsx").contains("截断.xlsx").doesNotContain("~$");
        assertThat(out.resolve("区A/乙局/乙局自评.checked.xlsx")).exists();
        assertThat(out.resolve("区B/D-department.checked.xlsx")).exists();
        assertThat(out.resolve("区B/退回")).doesNotExist();
    }

    @Test
    void rollupFiguresEqualTheSumsOfThePerFileResults() throws Exception {
        Map<String, Double> expected = sums();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.resolve(Batch.ROLLUP_NAME).toFile())) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("单位汇总");
            Sheet units = wb.getSheet("单位汇总");
            Row total = units.getRow(units.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat(units.getLastRowNum() - 1).isEqualTo(9);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(expected.get("projects"));
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(expected.get("budget"), within(0.005));
            assertThat(total.getCell(5).getNumericCellValue()).isCloseTo(expected.get("executed"), within(0.005));
            for (int i = 0; i < 3; i++) assertThat(total.getCell(7 + i).getNumericCellValue()).isEqualTo(expected.get("band" + i));
            assertThat(total.getCell(10).getNumericCellValue()).isEqualTo(expected.get("errors"));
            assertThat(total.getCell(11).getNumericCellValue()).isEqualTo(expected.get("warnings"));
            assertThat(total.getCell(12).getNumericCellValue()).isEqualTo(expected.get("infos"));
            // each department's own line
            for (JsonNode f : json) {
                if (f.has("error")) continue;
                Row row = unitRow(units, Path.of(f.get("file").asText()));
                assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(f.at("/stats/errors").asDouble());
                assertThat(row.getCell(4).getNumericCellValue()).isCloseTo(budget(f), within(0.005));
                assertThat(row.getCell(14).getHyperlink().getAddress()).endsWith(".checked.xlsx");
            }
            assertThat(wb.getSheet("项目明细").getLastRowNum()).isEqualTo(expected.get("projectRows").intValue());
            Sheet issues = wb.getSheet("问题清单");
            assertThat(issues.getLastRowNum()).isEqualTo(expected.get("findings").intValue());
            assertThat(issues.getPaneInformation().isFreezePane()).isTrue();
            assertThat(((XSSFSheet) issues).getCTWorksheet().isSetAutoFilter()).isTrue();
            Sheet bad = wb.getSheet("无法读取");
            assertThat(bad.getLastRowNum()).isEqualTo(3);
            DataFormatter fmt = new DataFormatter();
            for (int r = 1; r <= 3; r++) assertThat(fmt.formatCellValue(bad.getRow(r).getCell(2))).contains("工作簿");
            XSSFSheet charts = wb.getSheet("图表");
            assertThat(charts.getDrawingPatriarch().getCharts()).hasSize(3);
            double banded = 0;
            for (int r = 1; r <= 5; r++) banded += charts.getRow(r).getCell(14).getNumericCellValue();
            assertThat(banded).isEqualTo(expected.get("computable"));
        }
        try (ZipFile zip = new ZipFile(out.resolve(Batch.ROLLUP_NAME).toFile())) {
            for (int i = 1; i <= 3; i++) assertThat(zip.getEntry("xl/charts/chart" + i + ".xml")).as("chart " + i).isNotNull();
            assertThat(new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml")).readAllBytes())).contains("barChart");
        }
    }

    @Test
    void projectRowsStreamBackWithEasyexcel() {
        double[] budget = {0};
        long rows = Tables.rows(out.resolve(Batch.ROLLUP_NAME), "项目明细", 1, cells -> {
            if (cells.size() > 5 && cells.get(5) instanceof BigDecimal b) budget[0] += b.doubleValue();
        });
        Map<String, Double> expected = sums();
        assertThat(rows).isEqualTo(expected.get("projectRows").longValue());
        assertThat(budget[0]).isCloseTo(expected.get("projectBudget"), within(0.01));
    }

    @Test
    void openpyxlReadsTheSameFigures() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process check = new ProcessBuilder(python.toString(), "-c", "import openpyxl").start();
        assumeTrue(check.waitFor() == 0, "openpyxl not installed");
        String script = String.join("\n",
                "import sys, json, openpyxl",
                "wb = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)",
                "u = list(wb['单位汇总'].iter_rows(values_only=True))",
                "p = list(wb['项目明细'].iter_rows(values_only=True))",
                "q = list(wb['问题清单'].iter_rows(values_only=True))",
                "print(json.dumps({'sheets': wb.sheetnames, 'total': u[-1][1], 'budget': u[-1][4], 'errors': u[-1][10],",
                "  'projectRows': len(p) - 1, 'projectBudget': sum(r[5] or 0 for r in p[1:]), 'findings': len(q) - 1,",
                "  'unreadable': len(list(wb['无法读取'].iter_rows())) - 1}))");
        Process p = new ProcessBuilder(python.toString(), "-c", script, out.resolve(Batch.ROLLUP_NAME).toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start(); // openpyxl may warn on stderr
        String result = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(result).isZero();
        JsonNode r = new ObjectMapper().readTree(result);
        Map<String, Double> expected = sums();
        assertThat(r.get("sheets").toString()).isEqualTo("[\"单位汇总\",\"项目明细\",\"问题清单\",\"图表\",\"无法读取\"]");
        assertThat(r.get("total").asText()).isEqualTo("合计");
        assertThat(r.get("budget").asDouble()).isCloseTo(expected.get("budget"), within(0.005));
        assertThat(r.get("errors").asDouble()).isEqualTo(expected.get("errors"));
        assertThat(r.get("projectRows").asInt()).isEqualTo(expected.get("projectRows").intValue());
        assertThat(r.get("projectBudget").asDouble()).isCloseTo(expected.get("projectBudget"), within(0.01));
        assertThat(r.get("findings").asInt()).isEqualTo(expected.get("findings").intValue());
        assertThat(r.get("unreadable").asInt()).isEqualTo(3);
    }

    /** The per-file JSON results summed as the roll-up should show them. */
    static Map<String, Double> sums() {
        Map<String, Double> s = new HashMap<>();
        for (JsonNode f : json) {
            if (f.has("error")) continue;
            JsonNode d = f.get("department");
            JsonNode projects = f.get("projects");
            add(s, "projects", d.isNull() ? projects.size() : d.get("projects").asDouble());
            add(s, "budget", budget(f));
            add(s, "executed", d.isNull() ? sum(projects, "executed") : d.get("executedTotal").asDouble());
            String[] bands = {"ge90", "from60to90", "lt60"};
            for (int i = 0; i < 3; i++) {
                double n = 0;
                if (!d.isNull()) {
                    n = d.at("/bands/" + bands[i]).asDouble();
                } else {
                    for (JsonNode p : projects) {
                        if (p.get("totalScore").isNull()) continue;
                        double t = p.get("totalScore").asDouble();
                        if ((i == 0 && t >= 90) || (i == 1 && t >= 60 && t < 90) || (i == 2 && t < 60)) n++;
                    }
                }
                add(s, "band" + i, n);
            }
            add(s, "errors", f.at("/stats/errors").asDouble());
            add(s, "warnings", f.at("/stats/warnings").asDouble());
            add(s, "infos", f.at("/stats/infos").asDouble());
            add(s, "projectRows", projects.size());
            add(s, "projectBudget", sum(projects, "budget"));
            add(s, "findings", f.get("findings").size());
            for (JsonNode p : projects) add(s, "computable", p.get("totalScore").isNull() ? 0 : 1);
        }
        return s;
    }

    static double budget(JsonNode f) {
        JsonNode d = f.get("department");
        return d.isNull() ? sum(f.get("projects"), "budget") : d.get("budgetTotal").asDouble();
    }

    static double sum(JsonNode projects, String field) {
        double t = 0;
        for (JsonNode p : projects) t += p.get(field).isNull() ? 0 : p.get(field).asDouble();
        return t;
    }

    static void add(Map<String, Double> m, String k, double v) {
        m.merge(k, v, Double::sum);
    }

    static Row unitRow(Sheet units, Path file) {
        String tail = in.relativize(file.toAbsolutePath()).toString();
        for (int r = 1; r < units.getLastRowNum(); r++) {
            if (units.getRow(r).getCell(13).getStringCellValue().equals(tail.replace(File.separatorChar, '/'))
                    || units.getRow(r).getCell(13).getStringCellValue().equals(tail)) {
                return units.getRow(r);
            }
        }
        throw new AssertionError("no 单位汇总 row for " + tail);
    }
}
