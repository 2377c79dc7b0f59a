package cn.ziping.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.ziping.model.Narrative;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format a department sends its report in reads to the same paragraphs. */
class ReportReaderTest {

    static final String STATS = "2024年预算项目支出总计1851.72万元，自评得分 90分以上的22个，得分60至90分0个，60分以下3个(结转项目）。";

    @TempDir
    Path dir;

    @Test
    void seedTxtReadsAsItsParagraphs() throws Exception {
        Narrative n = ReportReader.read(Path.of("src/test/resources/report/seed-report.txt"));
        assertThat(n.paragraph(1)).isEqualTo("2024年度预算项目绩效自评工作报告");
        assertThat(n.paragraph(2)).isEqualTo("一、绩效自评工作组织开展情况");
        assertThat(n.paragraph(4)).startsWith("2024年预算项目支出总计1851.72万元");
        assertThat(n.paragraphs()).contains("四、整改措施及结果应用", "保定市徐水区应急管理局");
    }

    @Test
    void txtInGb18030AndUtf8WithBomReadAlike() throws Exception {
        String text = "报告标题\r\n\r\n" + STATS + "\r\n";
        Path gb = dir.resolve("gb.txt");
        Files.write(gb, text.getBytes(Charset.forName("GB18030")));
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        assertThat(ReportReader.read(gb).paragraphs()).containsExactly("报告标题", STATS);
        assertThat(ReportReader.read(bom).paragraphs()).containsExactly("报告标题", STATS);
    }

    @Test
    void docxParagraphsAndTableRowsInDocumentOrder() throws Exception {
        Path docx = dir.resolve("r.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("标题");
            doc.createParagraph();
            XWPFTable t = doc.createTable(1, 2);
            t.getRow(0).getCell(0).setText("应急值班值守经费");
            t.getRow(0).getCell(1).setText("1.50");
            doc.createParagraph().createRun().setText(STATS);
            doc.write(out);
        }
        assertThat(ReportReader.read(docx).paragraphs()).containsExactly("标题", "应急值班值守经费\t1.50", STATS);
    }

    @Test
    void pdfWithATextLayerReadsItsParagraphs() throws Exception {
        File ttc = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        assumeTrue(ttc.isFile(), "fonts-wqy-zenhei not installed");
        Path pdf = dir.resolve("r.pdf");
        try (PDDocument doc = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(ttc)) {
            TrueTypeFont ttf = fonts.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.setLeading(20);
                cs.newLineAtOffset(50, 780);
                cs.showText("二、绩效自评结果");
                cs.newLine();
                // One paragraph over two full lines and a short last one, as a justified page has it.
                cs.showText(STATS.substring(0, 30));
                cs.newLine();
                cs.showText(STATS.substring(30, 60));
                cs.newLine();
                cs.showText(STATS.substring(60));
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        Narrative n = ReportReader.read(pdf);
        assertThat(n.paragraphs()).containsExactly("二、绩效自评结果", STATS.replace("得分 90", "得分90"));
    }

    @Test
    void aScannedPdfGetsAClearChineseSentence() throws Exception {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("scan", 20, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 500, 400, 200);
            }
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> ReportReader.read(pdf)).isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("扫描件.pdf").hasMessageContaining("没有文字层").hasMessageContaining("OCR");
    }

    @Test
    void otherFilesGetTheirOwnSentence() throws IOException {
        Path doc = dir.resolve("旧版.doc");
        Files.writeString(doc, "x");
        Path fake = dir.resolve("坏.docx");
        Files.writeString(fake, "not a zip");
        assertThatThrownBy(() -> ReportReader.read(doc)).hasMessageContaining("另存为 .docx");
        assertThatThrownBy(() -> ReportReader.read(fake)).hasMessageContaining("已损坏");
        assertThatThrownBy(() -> ReportReader.read(dir.resolve("无.txt"))).hasMessageContaining("找不到报告文件");
        assertThatThrownBy(() -> ReportReader.read(dir.resolve("x.xlsx"))).isInstanceOf(UnreadableReportException.class);
    }
}
