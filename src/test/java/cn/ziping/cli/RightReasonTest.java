package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.Packages;
import cn.ziping.TestBooks;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.model.Finding;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of file that is not an ordinary workbook gets its own reason and one thing to do
 * (issue 12 §1, issue 7 item 5): asserted as the exact sentence, through {@link Evaluator#evaluate}
 * and through the command line's exit code 3. A Strict Open XML workbook and a form with a million
 * junk rows below it are read.
 */
@Timeout(120)
class RightReasonTest {

    @TempDir
    Path dir;

    /** Refused: evaluate gives exactly this sentence, and `check` exits 3 printing it alone. */
    static void refused(Path file, String sentence) {
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.error()).isEqualTo(sentence);
        CliTest.Run r = CliTest.run("check", file.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo(file + "：" + sentence);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void wordDocumentRenamedXlsx() throws Exception {
        Path file = dir.resolve("自评报告.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("2024年度项目支出绩效自评报告");
            doc.createTable(3, 3).getRow(0).getCell(0).setText("项目名称");
            doc.write(out);
        }
        refused(file, "“自评报告.xlsx”是 Word 文档，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
        Path docx = Files.copy(file, dir.resolve("自评报告.docx"));
        refused(docx, "“自评报告.docx”是 Word 文档，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
    }

    @Test
    void powerPointRenamedXlsx() throws Exception {
        Path file = dir.resolve("汇报.xlsx");
        try (XMLSlideShow ppt = new XMLSlideShow(); OutputStream out = Files.newOutputStream(file)) {
            ppt.createSlide();
            ppt.write(out);
        }
        refused(file, "“汇报.xlsx”是 PowerPoint 演示文稿，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
    }

    @Test
    void odsFromLibreOffice() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        Path form = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("表.xlsx"));
        Path outDir = Files.createDirectories(dir.resolve("ods"));
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "ods", "--outdir", outDir.toString(), form.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assumeTrue(p.waitFor(90, TimeUnit.SECONDS) && Files.exists(outDir.resolve("表.ods")), "LibreOffice did not convert");
        refused(outDir.resolve("表.ods"), "“表.ods”是 OpenDocument 电子表格（.ods），ziping 无法直接读取：请在 WPS、Excel 或 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx）后再试。");
    }

    @Test
    void minimalOdsRenamedXlsx() throws Exception {
        Path file = dir.resolve("表.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.2\"><office:body>"
                    + "<office:spreadsheet/></office:body></office:document-content>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
                    + "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/></manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
        }
        refused(file, "“表.xlsx”是 OpenDocument 电子表格（.ods），ziping 无法直接读取：请在 WPS、Excel 或 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx）后再试。");
    }

    /** An OLE2 file with only the named stream: what .doc/.wps and .ppt/.dps files are made of. */
    Path ole(String name, String stream) throws Exception {
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
        }
        return file;
    }

    @Test
    void oldWordAndWpsWriterFiles() throws Exception {
        refused(ole("报告.xls", "WordDocument"), "“报告.xls”是 Word 文档，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
        refused(ole("报告.wps", "WordDocument"), "“报告.wps”是 WPS 文字文档，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
        refused(ole("汇报.dps", "PowerPoint Document"), "“汇报.dps”是 WPS 演示文稿，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。");
    }

    @Test
    void wpsSpreadsheetThatCannotBeRead() throws Exception {
        refused(ole("自评表.et", "WpsContent"), "“自评表.et”是 WPS 表格专用格式（.et），ziping 无法直接读取：请在 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再试。");
    }

    @Test
    void xlsbAndPlainZip() throws Exception {
        Path xlsb = dir.resolve("二进制.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(xlsb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/workbook.bin\" "
                    + "ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.bin"));
            zip.write(new byte[64]);
        }
        refused(xlsb, "“二进制.xlsx”是 Excel 二进制工作簿（.xlsb），ziping 无法读取：请在 Excel 中另存为 Excel 工作簿（.xlsx）后再试。");
        Path zipped = dir.resolve("材料.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipped))) {
            zip.putNextEntry(new ZipEntry("说明.txt"));
            zip.write("见附件".getBytes(StandardCharsets.UTF_8));
        }
        refused(zipped, "“材料.xlsx”是压缩包（zip），不是 Excel 工作簿：请解压后发送其中的 .xlsx 工作簿。");
    }

    @Test
    void strictOpenXmlIsRead() throws Exception {
        Path plain = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("普通.xlsx"));
        Path strict = Packages.toStrict(plain, dir.resolve("严格.xlsx"));
        // POI alone refuses it: the file is really Strict
        assertThatThrownBy(() -> WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(strict))))
                .hasMessageContaining("Strict OOXML");
        Evaluation plainE = Evaluator.evaluate(plain, Options.DEFAULT);
        Evaluation strictE = Evaluator.evaluate(strict, Options.DEFAULT);
        assertThat(strictE.error()).isNull();
        Finding note = new Finding("R003", cn.ziping.model.Severity.INFO, new cn.ziping.model.CellRef("项目A", 0, 0),
                "工作簿是 Strict Open XML 格式，已按普通 Excel 工作簿读取；ziping 写出的副本是普通 Excel 工作簿（.xlsx）", null);
        assertThat(strictE.findings()).contains(note);
        assertThat(strictE.findings().stream().filter(f -> !f.equals(note)).toList()).isEqualTo(plainE.findings());
        assertThat(strictE.scores().get(0).total()).isEqualByComparingTo(plainE.scores().get(0).total());
        Evaluation p = Evaluator.process(strict, null, dir.resolve("out"), Options.DEFAULT);
        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(p.output())))) {
            assertThat(wb.getSheet("校验结果")).isNotNull();
            assertThat(wb.getSheet("项目A").getRow(3).getCell(2).getStringCellValue()).isEqualTo("测试项目");
        }
        CliTest.Run r = CliTest.run("check", strict.toString());
        assertThat(r.code()).isEqualTo(CliTest.run("check", plain.toString()).code());
        assertThat(r.out()).contains("[INFO] 项目A!A1: 工作簿是 Strict Open XML 格式");
    }

    @Test
    void strictThatCannotBeReadSaysHowToResave() throws Exception {
        Path plain = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("普通.xlsx"));
        Path strict = Packages.toStrict(plain, dir.resolve("严格坏.xlsx"));
        // a Strict package whose workbook part is broken XML: it cannot be read even mapped back
        Path broken = Packages.editPart(strict, "xl/workbook.xml", x -> x.substring(0, x.length() / 2), dir.resolve("严格坏2.xlsx"));
        refused(broken, "工作簿“严格坏2.xlsx”是 Strict Open XML 格式，ziping 无法读取：请在 Excel 中打开，另存为 → Excel 工作簿（.xlsx）后再试。");
    }

    @Test
    void millionJunkRowsBelowTheForm() throws Exception {
        Path form = new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("表.xlsx"));
        Path big = Packages.withJunkRows(form, 1_000_000, dir.resolve("大表.xlsx"));
        assertThat(Files.size(big)).as("generated here, never committed").isGreaterThan(1 << 20);
        long t0 = System.nanoTime();
        Evaluation e = Evaluator.evaluate(big, Options.DEFAULT);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("million junk rows: evaluate took " + ms + " ms");
        assertThat(e.error()).isNull();
        Finding note = new Finding("R003", cn.ziping.model.Severity.INFO, new cn.ziping.model.CellRef("项目A", 0, 0),
                "工作表“项目A”过大（约 1000000 行），只读取并检查了前 20000 行，第 20001 行起未读取、也不在副本中：请删去表格下方多余的行后再试", null);
        assertThat(e.findings()).contains(note);
        // the form above the junk is checked as it would be alone
        Evaluation alone = Evaluator.evaluate(form, Options.DEFAULT);
        assertThat(e.findings().stream().filter(f -> !f.equals(note)).toList()).isEqualTo(alone.findings());
        assertThat(e.scores().get(0).total()).isEqualByComparingTo(alone.scores().get(0).total());
        CliTest.Run r = CliTest.run("process", big.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(alone.exitCode());
        assertThat(r.out()).contains("[INFO] 项目A!A1: 工作表“项目A”过大（约 1000000 行）");
        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("out/大表.checked.xlsx"))))) {
            assertThat(wb.getSheet("项目A").getLastRowNum()).isEqualTo(19_999);
        }
    }

    @Test
    void xlsSheetPastTheBoundIsNamed() throws Exception {
        Object[][] rows = new Object[25_000][];
        Object[][] form = TestBooks.standardForm();
        System.arraycopy(form, 0, rows, 0, form.length);
        for (int r = form.length + 5; r < rows.length; r++) rows[r] = new Object[] {"x"};
        Path xls = new TestBooks().sheet("项目A", rows).write(dir.resolve("长.xls"));
        Evaluation e = Evaluator.evaluate(xls, Options.DEFAULT);
        assertThat(e.error()).isNull();
        List<String> notes = e.findings().stream().filter(f -> f.code().equals("R003")).map(Finding::message).toList();
        assertThat(notes).contains("工作表“项目A”过大（约 25000 行），只读取并检查了前 20000 行，第 20001 行起未读取：请删去表格下方多余的行后再试");
    }
}
