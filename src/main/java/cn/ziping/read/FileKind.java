package cn.ziping.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file really is, told from its content rather than its name: the package's
 * {@code [Content_Types].xml} and main relationship (OOXML), the {@code mimetype} entry (ODF), the
 * stream names (OLE2). People rename a Word document or an .ods to .xlsx, or send WPS's own formats;
 * each gets a sentence naming what it is and one thing to do, instead of "corrupt".
 */
final class FileKind {

    /** What the package scan found. {@code refusal} is set for a document that is not a workbook. */
    record Zip(String refusal, boolean strict, Map<String, Long> sizes, String workbookXml, String workbookRels) {
    }

    /** Parts larger than this are not read into memory by the scan (content types, rels, mimetype). */
    private static final int SMALL_PART = 1 << 20;
    /** A part inflating more than this many times its compressed size is left to POI's zip-bomb guard. */
    private static final int MAX_RATIO = 100;

    static final String WORKBOOK = "xl/workbook.xml";
    static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private FileKind() {
    }

    /**
     * Scans a zip package once, inflating each part to learn its size (bounded by the same ratio as
     * POI's zip-bomb guard). Null when the zip cannot be scanned: POI then says what it is.
     */
    static Zip scanZip(String name, byte[] bytes) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        String contentTypes = null;
        String rels = null;
        String mimetype = null;
        String workbook = null;
        String workbookRels = null;
        CountingStream raw = new CountingStream(bytes);
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            byte[] buf = new byte[16384];
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                long start = raw.consumed;
                long size = 0;
                java.io.ByteArrayOutputStream keep = null;
                String n = e.getName();
                if (n.equals("[Content_Types].xml") || n.equals("_rels/.rels") || n.equals("mimetype")
                        || n.equals(WORKBOOK) || n.equals(WORKBOOK_RELS)) {
                    keep = new java.io.ByteArrayOutputStream();
                }
                for (int k; (k = zip.read(buf)) > 0; ) {
                    size += k;
                    if (keep != null && keep.size() < SMALL_PART) keep.write(buf, 0, k);
                    if (size > (1 << 24) && size > MAX_RATIO * (raw.consumed - start + 4096)) return null;
                }
                sizes.put(n, size);
                if (keep != null) {
                    String text = keep.toString(StandardCharsets.UTF_8);
                    if (n.equals("mimetype")) mimetype = text.strip();
                    else if (n.equals("_rels/.rels")) rels = text;
                    else if (n.equals(WORKBOOK)) workbook = text;
                    else if (n.equals(WORKBOOK_RELS)) workbookRels = text;
                    else contentTypes = text;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        if (sizes.isEmpty()) return null;
        return new Zip(refusal(name, contentTypes, mimetype, sizes), rels != null && rels.contains(STRICT_OFFICE_DOCUMENT), sizes,
                workbook, workbookRels);
    }

    private static String refusal(String name, String contentTypes, String mimetype, Map<String, Long> sizes) {
        if (mimetype != null && mimetype.startsWith("application/vnd.oasis.opendocument")) {
            if (mimetype.contains("spreadsheet")) {
                return "“" + name + "”是 OpenDocument 电子表格（.ods），ziping 无法直接读取：请在 WPS、Excel 或 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx）后再试。";
            }
            String what = mimetype.contains("text") ? "OpenDocument 文本文档（.odt）"
                    : mimetype.contains("presentation") ? "OpenDocument 演示文稿（.odp）" : "OpenDocument 文档";
            return notWorkbook(name, what);
        }
        String ct = contentTypes == null ? "" : contentTypes;
        if (ct.contains("spreadsheetml.sheet.main") || ct.contains("spreadsheetml.template.main")
                || ct.contains("ms-excel.sheet.macroEnabled.main") || ct.contains("ms-excel.template.macroEnabled.main")) {
            return null;
        }
        if (ct.contains("ms-excel.sheet.binary.macroEnabled.main") || sizes.containsKey("xl/workbook.bin")) {
            return "“" + name + "”是 Excel 二进制工作簿（.xlsb），ziping 无法读取：请在 Excel 中另存为 Excel 工作簿（.xlsx）后再试。";
        }
        if (ct.contains("wordprocessingml.") || sizes.containsKey("word/document.xml")) {
            return notWorkbook(name, "Word 文档");
        }
        if (ct.contains("presentationml.") || sizes.containsKey("ppt/presentation.xml")) {
            return notWorkbook(name, "PowerPoint 演示文稿");
        }
        if (contentTypes == null && sizes.keySet().stream().noneMatch(n -> n.startsWith("xl/"))) {
            return "“" + name + "”是压缩包（zip），不是 Excel 工作簿：请解压后发送其中的 .xlsx 工作簿。";
        }
        return null;
    }

    /**
     * An OLE2 file (.xls, .doc, .ppt, WPS's .et/.wps/.dps, an encrypted OOXML) that is not a workbook
     * by its streams; null when it may be one (POI decides).
     */
    static String oleRefusal(String name, byte[] bytes) {
        String ext = extension(name);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")
                    || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return null;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return notWorkbook(name, ext.equals("wps") ? "WPS 文字文档" : "Word 文档");
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return notWorkbook(name, ext.equals("dps") ? "WPS 演示文稿" : "PowerPoint 演示文稿");
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** WPS 表格's own format, told by its name when POI cannot read its content. */
    static boolean wpsSpreadsheet(String name) {
        String ext = extension(name);
        return ext.equals("et") || ext.equals("ett");
    }

    static String wpsRefusal(String name) {
        return "“" + name + "”是 WPS 表格专用格式（.et），ziping 无法直接读取：请在 WPS 中打开，另存为 Excel 工作簿（.xlsx）后再试。";
    }

    private static String notWorkbook(String name, String what) {
        return "“" + name + "”是 " + what + "，不是 Excel 工作簿：请发送填写用的 Excel 自评工作簿（.xlsx）。";
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Counts the compressed bytes the inflater has consumed, for the ratio guard. */
    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        long consumed;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) consumed++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            if (n > 0) consumed += n;
            return n;
        }
    }
}
