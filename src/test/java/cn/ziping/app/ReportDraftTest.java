package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.check.ReportComparison;
import cn.ziping.model.Narrative;
import cn.ziping.read.ReportReader;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report drafted from the example workbook: its shape, its figures, its fonts, and a round trip. */
class ReportDraftTest {

    @TempDir
    Path dir;

    Path draft() throws IOException {
        Path out = dir.resolve("报告.docx");
        Evaluation e = ReportDrafter.draft(ExampleTest.EXAMPLE, out, Options.DEFAULT);
        assertThat(e.output()).isEqualTo(out);
        return out;
    }

    @Test
    void theDraftHasTheSeedsShapeWithZipingsFigures() throws Exception {
        List<String> p = ReportReader.read(draft()).paragraphs();
        assertThat(p.get(0)).isEqualTo("保定市徐水区应急管理局关于2024年度预算项目绩效自评工作报告");
        // The workbook has an error (D002): the first paragraph says so, before anything else.
        assertThat(p.get(1)).startsWith("【ziping 提示：工作簿中有 1 处错误").contains("汇总表!C7", "［D002］");
        assertThat(p).containsSubsequence("一、绩效自评工作组织开展情况", "二、绩效自评结果", "三、存在的问题", "四、整改措施及结果应用");
        assertThat(p).contains("2024年预算项目支出总计69650.14万元，共25个项目，自评得分90分以上的22个，得分60至90分0个，60分以下3个（结转项目）。",
                "其中，抽查项目3个，分别是2024年度政策性农房保险服务项目、森林草原消防专业队伍建设经费、河北省保定市基层防灾工程国债项目中央资金。",
                "项目名称\t全年预算数\t全年执行数\t执行率\t自评得分\t等级",
                "2023年度救灾物资采购资金\t12.83\t6.415\t50.00%\t50.89\t差",
                "合计\t69650.14\t69639.26\t\t\t");
        assertThat(p).anyMatch(s -> s.startsWith("2023年度救灾物资采购资金：结转资金12.83万元当年支付6.415万元")
                && s.endsWith("项目资金12.83万元，全年执行6.415万元，执行率50.00%，自评得分50.89分，等级为差。"));
        // 三: each project below 90 with the reasons its form gives.
        assertThat(p).anyMatch(s -> s.startsWith("二是2023年度救灾物资采购资金自评得分50.89分（结转项目），偏差原因：分批采购，第二批2025年实施"));
        assertThat(p.stream().filter(s -> s.contains("【请填写：")).count()).isGreaterThanOrEqualTo(5);
        assertThat(p.get(p.size() - 2)).isEqualTo("保定市徐水区应急管理局");
        assertThat(p.get(p.size() - 1)).isEqualTo("【请填写：报告日期】");
    }

    @Test
    void fontsAreNamedForChineseAndPlaceholdersAreColoured() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(draft())))) {
            XWPFRun title = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFParagraph body = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("2024年预算项目支出总计")).findFirst().orElseThrow();
            assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("仿宋");
            XWPFRun fill = doc.getParagraphs().stream().flatMap(x -> x.getRuns().stream())
                    .filter(r -> r.text().startsWith("【请填写：")).findFirst().orElseThrow();
            assertThat(fill.getColor()).isEqualTo("C00000");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRows()).hasSize(27);
        }
    }

    @Test
    void theDraftReadBackAgreesWithTheWorkbook() throws Exception {
        Path out = draft();
        Evaluation e = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT.withReport(out));
        assertThat(e.findings()).noneMatch(f -> f.code().equals("N001"));
        // Not vacuous: the figures were found and compared.
        List<String> agreed = ReportCheckTest.compare(ExampleTest.EXAMPLE, ReportReader.read(out)).agreed();
        assertThat(agreed).contains("预算项目支出总计 69650.14 万元", "项目个数 25 个", "自评得分90分以上的项目 22 个",
                "自评得分60分以下的项目 3 个", "执行率：2023年度救灾物资采购资金", "自评等级：2023年度救灾物资采购资金",
                "全年预算数：2023年度救灾物资采购资金", "全年执行数：2023年度应急广播系统维护经费", "全年执行数合计 69639.26 万元");
        assertThat(agreed.stream().filter(a -> a.startsWith("金额：")).count()).isEqualTo(25);
    }

    @Test
    void neverOverwritesAFileThatIsNotAnUneditedDraftOfOurs() throws Exception {
        Path mine = dir.resolve("报告.docx");
        Files.writeString(mine, "我的报告");
        assertThatThrownBy(() -> ReportDrafter.draft(ExampleTest.EXAMPLE, mine, Options.DEFAULT))
                .isInstanceOf(IOException.class).hasMessageContaining("为免覆盖");
        assertThat(Files.readString(mine)).isEqualTo("我的报告");
        Files.delete(mine);

        Path out = draft();
        ReportDrafter.draft(ExampleTest.EXAMPLE, out, Options.DEFAULT); // our own, unedited: replaced
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)));
             OutputStream o = Files.newOutputStream(out)) {
            doc.getParagraphs().get(3).createRun().setText("单位补写的内容");
            doc.write(o);
        }
        byte[] edited = Files.readAllBytes(out);
        assertThatThrownBy(() -> ReportDrafter.draft(ExampleTest.EXAMPLE, out, Options.DEFAULT)).isInstanceOf(IOException.class);
        assertThat(Files.readAllBytes(out)).isEqualTo(edited);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(x -> x.getFileName().toString())).containsExactly("报告.docx");
        }
    }

    @Test
    void rendersInLibreOfficeAndItsPdfReadsBackWithoutN001() throws Exception {
        assumeTrue(Stream.of("/usr/bin/soffice", "/usr/bin/pdftoppm").allMatch(s -> new File(s).canExecute()),
                "LibreOffice and poppler-utils not installed");
        Path docx = draft();
        Path render = Files.createDirectories(Path.of("target/report-render"));
        Path copy = Files.copy(docx, render.resolve("draft.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        run("soffice", "-env:UserInstallation=file://" + dir.resolve("lo").toAbsolutePath(), "--headless",
                "--convert-to", "pdf", "--outdir", render.toAbsolutePath().toString(), copy.toAbsolutePath().toString());
        Path pdf = render.resolve("draft.pdf");
        assertThat(pdf).exists();
        run("pdftoppm", "-png", "-r", "60", pdf.toString(), render.resolve("page").toString());
        try (Stream<Path> pngs = Files.list(render)) {
            assertThat(pngs.filter(x -> x.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(5);
        }
        Narrative n = ReportReader.read(pdf);
        assertThat(n.paragraphs()).contains("二、绩效自评结果",
                "2024年预算项目支出总计69650.14万元，共25个项目，自评得分90分以上的22个，得分60至90分0个，60分以下3个（结转项目）。");
        Evaluation e = Evaluator.evaluate(ExampleTest.EXAMPLE, Options.DEFAULT.withReport(pdf));
        assertThat(e.findings()).noneMatch(f -> f.code().equals("N001"));
        ReportComparison.Result r = ReportCheckTest.compare(ExampleTest.EXAMPLE, n);
        assertThat(r.agreed()).contains("预算项目支出总计 69650.14 万元", "项目个数 25 个");
        assertThat(r.agreed().stream().filter(a -> a.startsWith("金额：")).count()).isGreaterThanOrEqualTo(20);
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(p.exitValue()).isZero();
    }
}
