package cn.ziping.write;

import cn.ziping.write.ReportDraft.Block;
import cn.ziping.write.ReportDraft.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Lays out a {@link ReportDraft} as an editable .docx the way Chinese official reports look
 * (GB/T 9704 in spirit): A4, title in 黑体 二号 centred, headings in 黑体 三号, body in 仿宋 三号
 * with a two-character first-line indent and 28-point lines. Fonts are named for the east-Asian
 * range too, or Word and WPS fall back to their Latin font for Chinese. Placeholders are red on
 * yellow so none is missed. The file carries a digest of its text: a later run replaces it only
 * while nobody has edited it.
 */
public final class DraftDocx {

    static final String MARK = "ziping-draft";
    private static final String BODY_FONT = "仿宋";
    private static final String HEAD_FONT = "黑体";

    private DraftDocx() {
    }

    /**
     * Writes the draft to {@code target} atomically. An existing file is replaced only when it is
     * a draft of ours that has not been edited since; otherwise an {@link IOException} says why.
     */
    public static void write(List<Block> blocks, Path target) throws IOException {
        if (Files.exists(target) && !isUneditedDraft(target)) {
            throw new IOException("“" + target.getFileName() + "”已存在，且不是 ziping 生成后未经修改的报告初稿，为免覆盖未写出："
                    + "请用 -o 另指定文件名，或先移走该文件");
        }
        try (XWPFDocument doc = render(blocks)) {
            AtomicFiles.write(target, doc::write);
        }
    }

    static XWPFDocument render(List<Block> blocks) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        page(doc);
        // Text the department types into the draft is 仿宋 too, in Word and in WPS.
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(BODY_FONT);
        doc.createStyles().setDefaultFonts(fonts);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof ReportDraft.Title t) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, 0);
                p.setSpacingAfter(400);
                p.setSpacingBetween(36, LineSpacingRule.EXACT);
                run(p, t.text(), HEAD_FONT, 22, Run.Kind.TEXT);
            } else if (b instanceof ReportDraft.Heading h) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, 640);
                p.getCTP().getPPr().addNewKeepNext(); // a heading never ends a page alone
                run(p, h.text(), HEAD_FONT, 16, Run.Kind.TEXT);
            } else if (b instanceof ReportDraft.Para para) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 640);
                for (Run r : para.runs()) run(p, r.text(), BODY_FONT, 16, r.kind());
                // The signature never stands alone on the last page.
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof ReportDraft.Closing) p.getCTP().getPPr().addNewKeepNext();
            } else if (b instanceof ReportDraft.Closing c) {
                boolean first = true;
                for (Run r : c.runs()) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, 0);
                    if (first) p.setSpacingBefore(560);
                    p.getCTP().getPPr().addNewKeepNext();
                    first = false;
                    run(p, r.text(), BODY_FONT, 16, r.kind());
                }
            } else if (b instanceof ReportDraft.Table t) {
                table(doc, t);
            }
        }
        POIXMLProperties props = doc.getProperties();
        props.getCoreProperties().setCreator("ziping");
        props.getCoreProperties().setTitle(blocks.isEmpty() ? "" : blocks.get(0) instanceof ReportDraft.Title t ? t.text() : "");
        props.getCustomProperties().addProperty(MARK, digest(doc));
        return doc;
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(2098));
        m.setBottom(BigInteger.valueOf(1984));
        m.setLeft(BigInteger.valueOf(1588));
        m.setRight(BigInteger.valueOf(1474));
        m.setHeader(BigInteger.valueOf(851));
        m.setFooter(BigInteger.valueOf(992));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int firstLineTwips) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        if (firstLineTwips > 0) p.setIndentationFirstLine(firstLineTwips);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int size, Run.Kind kind) {
        XWPFRun r = p.createRun();
        r.setText(text);
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
            r.setFontFamily(font, range);
        }
        r.setFontSize(size);
        if (kind != Run.Kind.TEXT) {
            r.setColor(kind == Run.Kind.FILL ? "C00000" : "7030A0");
            r.setTextHighlightColor(kind == Run.Kind.FILL ? "yellow" : "lightGray");
        }
    }

    private static void table(XWPFDocument doc, ReportDraft.Table t) {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        // Twips of the A4 text width (11906 − margins); LibreOffice ignores percentages without a grid.
        int[] widths = {3044, 1300, 1300, 1300, 1100, 700};
        table.setWidth(String.valueOf(IntStream.of(widths).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int w : widths) grid.addNewGridCol().setW(BigInteger.valueOf(w));
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            List<String> values = r == 0 ? t.header() : t.rows().get(r - 1);
            if (r == 0) row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[Math.min(c, widths.length - 1)]));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(c == 0 && r > 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                p.setSpacingAfter(0);
                run(p, values.get(c), r == 0 ? HEAD_FONT : BODY_FONT, 10, Run.Kind.TEXT);
            }
        }
        doc.createParagraph().setSpacingAfter(0);
    }

    /** A draft of ours whose text is still what we wrote. */
    static boolean isUneditedDraft(Path file) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            var p = doc.getProperties().getCustomProperties().getProperty(MARK);
            return p != null && p.isSetLpwstr() && p.getLpwstr().equals(digest(doc));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String digest(XWPFDocument doc) throws IOException {
        try (XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            x.setCloseFilesystem(false);
            byte[] h = MessageDigest.getInstance("SHA-256").digest(x.getText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
