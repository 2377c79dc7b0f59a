package cn.ziping.read;

import cn.ziping.model.Narrative;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a narrative 绩效自评工作报告 into its paragraphs: .docx (paragraphs and table rows in
 * document order), .txt (UTF-8, else GB18030, as Windows Notepad in China saves it) and .pdf with
 * a text layer. The file is read once into memory and never written. Empty paragraphs are dropped,
 * so paragraph numbers count only paragraphs with text, the same in every format.
 */
public final class ReportReader {

    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private ReportReader() {
    }

    public static Narrative read(Path file) throws UnreadableReportException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new UnreadableReportException("报告“" + name + "”是文件夹，请指定报告文件（.docx、.txt 或 .pdf）");
            if (Files.size(file) > MAX_BYTES) throw new UnreadableReportException("报告“" + name + "”超过 50 MB，不像是一份自评报告，未读取");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException("找不到报告文件“" + file + "”");
        } catch (IOException e) {
            throw new UnreadableReportException("无法读取报告文件“" + file + "”：" + e.getMessage());
        }
        List<String> paragraphs;
        try {
            if (lower.endsWith(".docx")) paragraphs = docx(bytes, name);
            else if (lower.endsWith(".pdf")) paragraphs = pdf(bytes, name);
            else if (lower.endsWith(".txt")) paragraphs = lines(text(bytes));
            else if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
                throw new UnreadableReportException("报告“" + name + "”是旧版 Word/WPS 格式，ziping 读不了：请在 Word 或 WPS 中另存为 .docx 后再试");
            } else {
                throw new UnreadableReportException("报告“" + name + "”不是 ziping 能读的格式：请提供 .docx、.txt 或带文字的 .pdf");
            }
        } catch (UnreadableReportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Untrusted files can throw anything from deep inside POI/PDFBox: one sentence, no trace.
            throw new UnreadableReportException("报告“" + name + "”已损坏或不是它的扩展名所说的格式，无法读取：请重新导出一份再试");
        }
        if (paragraphs.isEmpty()) throw new UnreadableReportException("报告“" + name + "”中没有文字");
        return new Narrative(name, paragraphs);
    }

    private static List<String> docx(byte[] bytes, String name) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) add(out, p.getText());
                else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell c : row.getTableCells()) cells.add(c.getText().replace('\t', ' ').strip());
                        // Empty cells keep their tab: the row's columns must line up with its header's.
                        if (cells.stream().anyMatch(c -> !c.isEmpty())) out.add(String.join("\t", cells));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> pdf(byte[] bytes, String name) throws IOException, UnreadableReportException {
        List<String> paragraphs;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            paragraphs = PdfParagraphs.read(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableReportException("报告“" + name + "”是加密的 PDF，请提供未加密的版本");
        }
        if (String.join("", paragraphs).codePoints().filter(Character::isLetterOrDigit).count() < 20) {
            throw new UnreadableReportException("报告“" + name + "”是没有文字层的 PDF（多半是扫描件），ziping 读不出其中的文字："
                    + "请提供报告的 Word（.docx）或文本（.txt）版本，或先做文字识别（OCR）转成带文字的 PDF");
        }
        return paragraphs;
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), else GB18030. */
    static String text(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r")) add(out, line);
        return out;
    }

    private static void add(List<String> out, String paragraph) {
        String p = paragraph.replace('\u00A0', ' ').strip();
        if (!p.replace("\t", "").replace("\u3000", "").isBlank()) out.add(p.replaceAll("^[\\s\u3000]+", ""));
    }
}
