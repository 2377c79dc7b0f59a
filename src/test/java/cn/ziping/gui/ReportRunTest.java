package cn.ziping.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.app.Options;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model with a narrative report beside the workbooks: pairing, N001 rows, the copy, errors. */
class ReportRunTest {

    static final Path SEED = Path.of("src/test/resources/report/seed-report.txt");

    @TempDir
    Path dir;

    static RunState runToEnd(List<Path> inputs, Options options) throws InterruptedException {
        CheckRun run = new CheckRun(CheckRun.EVALUATOR, s -> { });
        assertThat(run.start(inputs, options)).isTrue();
        return CheckRunTest.awaitEnd(run, Duration.ofSeconds(120));
    }

    static List<String> n001Cells(FileRow row) {
        return row.evaluation().findings().stream().filter(f -> f.code().equals("N001")).map(f -> f.cell().toString()).toList();
    }

    static List<String> resultCodes(Path copy) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(copy)))) {
            for (Row row : wb.getSheet("校验结果")) {
                Cell code = row.getCell(2);
                if (code != null) codes.add(code.toString());
            }
        }
        return codes;
    }

    @Test
    void anAttachedReportWithTheOneWorkbookGivesTheOneN001InTheTableAndTheCopy() throws Exception {
        Path book = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("自评表.xlsx"));
        RunState end = runToEnd(List.of(book), Options.DEFAULT.withReport(SEED));

        assertThat(end.rows()).hasSize(1);
        FileRow row = end.rows().get(0);
        assertThat(row.status()).isEqualTo(FileStatus.ERRORS);
        assertThat(row.reason()).endsWith("；已对照报告“seed-report.txt”");
        assertThat(n001Cells(row)).containsExactly("报告!P4");
        // the findings table shows it as the CLI does: 报告!P4 with the sentence
        Object[] shown = Details.findingRows(row.evaluation()).stream().filter(r -> "N001".equals(r[1])).findFirst().orElseThrow();
        assertThat(shown[2]).isEqualTo("报告!P4");
        assertThat((String) shown[3]).contains("1851.72 万元", "69650.14 万元");
        assertThat(resultCodes(row.evaluation().output())).contains("N001", "D002");
    }

    @Test
    void withSeveralWorkbooksAReportGoesToTheWorkbookOfTheSameNameOnly() throws Exception {
        Path a = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("徐水区应急局.xlsx"));
        Path b = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("另一单位.xlsx"));
        Path report = Files.copy(SEED, dir.resolve("徐水区应急局.txt"));
        RunState end = runToEnd(List.of(a, b, report), Options.DEFAULT);

        assertThat(end.rows()).extracting(FileRow::name).containsExactly("徐水区应急局.xlsx", "另一单位.xlsx");
        assertThat(n001Cells(end.rows().get(0))).containsExactly("报告!P4");
        assertThat(end.rows().get(0).reason()).contains("已对照报告“徐水区应急局.txt”");
        assertThat(n001Cells(end.rows().get(1))).isEmpty();
        assertThat(end.rows().get(1).reason()).doesNotContain("报告");
        assertThat(resultCodes(dir.resolve("另一单位.checked.xlsx"))).doesNotContain("N001");
    }

    @Test
    void aReportNamedLikeNoneOfSeveralWorkbooksIsListedAsUnusedNotGuessed() throws Exception {
        Path a = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("甲.xlsx"));
        Path b = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("乙.xlsx"));
        RunState end = runToEnd(List.of(a, b), Options.DEFAULT.withReport(SEED));

        assertThat(end.rows()).extracting(FileRow::status).containsExactly(FileStatus.ERRORS, FileStatus.ERRORS, FileStatus.REPORT_UNUSED);
        assertThat(end.rows().get(2).name()).isEqualTo("seed-report.txt");
        assertThat(end.rows().get(2).reason()).contains("没有与之同名的工作簿");
        assertThat(end.done()).isEqualTo(3);
        for (FileRow r : end.rows().subList(0, 2)) assertThat(n001Cells(r)).isEmpty();
    }

    @Test
    void anUnreadableReportShowsItsChineseReasonInTheWorkbooksRow() throws Exception {
        Path book = Files.copy(CheckRunTest.EXAMPLE, dir.resolve("自评表.xlsx"));
        Path missing = dir.resolve("没有这个报告.docx");
        Path broken = Files.writeString(dir.resolve("自评表.docx"), "不是 Word 文件");
        RunState end = runToEnd(List.of(book), Options.DEFAULT.withReport(missing));
        FileRow row = end.rows().get(0);
        assertThat(row.status()).isEqualTo(FileStatus.UNREADABLE);
        assertThat(row.reason()).contains("找不到报告文件").doesNotContain("Exception", "at cn.");

        RunState second = runToEnd(List.of(book, broken), Options.DEFAULT);
        FileRow damaged = second.rows().get(0);
        assertThat(damaged.status()).isEqualTo(FileStatus.UNREADABLE);
        assertThat(damaged.reason()).contains("自评表.docx").doesNotContain("Exception", "at cn.");
    }

    @Test
    void aReportAloneIsNotARunOfNothing() throws Exception {
        RunState end = runToEnd(List.of(SEED), Options.DEFAULT);
        assertThat(end.rows()).extracting(FileRow::status).containsExactly(FileStatus.REPORT_UNUSED);
        assertThat(end.rows().get(0).reason()).contains("没有工作簿");
    }

    @Test
    void pairingIsByBaseNameThenOneToOne() {
        Path x = Path.of("a/自评表.xlsx");
        Path y = Path.of("b/其他.xls");
        ReportPairing.Pairs p = ReportPairing.pair(List.of(x, y), List.of(Path.of("c/自评表.DOCX"), Path.of("d/其他报告.pdf")));
        assertThat(p.of(x)).isEqualTo(Path.of("c/自评表.DOCX"));
        assertThat(p.of(y)).isNull();
        assertThat(p.unused()).containsExactly(Path.of("d/其他报告.pdf"));
        assertThat(ReportPairing.pair(List.of(y), List.of(Path.of("报告.pdf"))).of(y)).isEqualTo(Path.of("报告.pdf"));
        ReportPairing.Pairs two = ReportPairing.pair(List.of(y), List.of(Path.of("报告.pdf"), Path.of("说明.txt")));
        assertThat(two.of(y)).isNull();
        assertThat(two.unused()).hasSize(2);
        assertThat(ReportPairing.isReportName("自评报告.WPS")).isTrue();
        assertThat(ReportPairing.isReportName("自评表.xlsx")).isFalse();
    }
}
