package cn.ziping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Builds damaged or unusual .xlsx packages in tests by editing their parts as text: a Strict Open
 * XML copy, a sheet with junk rows appended, any part rewritten. Nothing big is committed: the
 * files are made in the test's temporary folder.
 */
public final class Packages {

    private Packages() {
    }

    /** Transitional → Strict (ISO/IEC 29500-1), most specific first: what Excel's 另存为 → Strict Open XML does to names. */
    private static final String[][] TO_STRICT = {
        {"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"},
        {"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
            "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"},
        {"http://schemas.openxmlformats.org/officeDocument/2006/", "http://purl.oclc.org/ooxml/officeDocument/"},
        {"http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"},
        {"http://schemas.openxmlformats.org/drawingml/2006/", "http://purl.oclc.org/ooxml/drawingml/"},
    };

    /** The parts of a package, in order, as bytes. */
    public static Map<String, byte[]> parts(Path xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) parts.put(e.getName(), in.readAllBytes());
        }
        return parts;
    }

    public static byte[] zip(Map<String, byte[]> parts) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(buf)) {
            for (var e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
            }
        }
        return buf.toByteArray();
    }

    /** A copy of {@code xlsx} as Excel saves it with 另存为 → Strict Open XML 电子表格. */
    public static Path toStrict(Path xlsx, Path target) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        for (var e : parts.entrySet()) {
            String n = e.getKey();
            if (!n.endsWith(".xml") && !n.endsWith(".rels") && !n.endsWith(".vml")) continue;
            String s = new String(e.getValue(), StandardCharsets.UTF_8);
            for (String[] m : TO_STRICT) s = s.replace(m[0], m[1]);
            if (n.equals("xl/workbook.xml")) s = s.replaceFirst("<workbook ", "<workbook conformance=\"strict\" ");
            e.setValue(s.getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(target, zip(parts));
    }

    /** A copy with one part's text edited. */
    public static Path editPart(Path xlsx, String part, UnaryOperator<String> edit, Path target) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        parts.put(part, edit.apply(new String(parts.get(part), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return Files.write(target, zip(parts));
    }

    /**
     * A copy whose first sheet has {@code rows} junk rows (a number in column A) below its
     * content, written streaming so that a million rows cost seconds, not a heap.
     */
    public static Path withJunkRows(Path xlsx, int rows, Path target) throws IOException {
        Map<String, byte[]> parts = parts(xlsx);
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            for (var e : parts.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                if (!e.getKey().equals("xl/worksheets/sheet1.xml")) {
                    out.write(e.getValue());
                    continue;
                }
                String xml = new String(e.getValue(), StandardCharsets.UTF_8);
                int at = xml.indexOf("</sheetData>");
                out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                StringBuilder b = new StringBuilder();
                for (int r = 101; r < 101 + rows; r++) {
                    b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r % 7).append("</v></c></row>");
                    if (b.length() > 1 << 16) {
                        out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                        b.setLength(0);
                    }
                }
                out.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
            }
        }
        return target;
    }
}
