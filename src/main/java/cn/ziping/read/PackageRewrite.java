package cn.ziping.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites an .xlsx package in memory before POI sees it, for two kinds of file POI would mishandle:
 * <ul>
 * <li>a workbook saved as <b>Strict Open XML</b> (Excel: 另存为 → Strict Open XML 电子表格): POI's
 * object model refuses it ("Strict OOXML isn't currently supported"), but Strict SpreadsheetML
 * differs from the ordinary (transitional) kind mainly by its namespaces and relationship types,
 * which are mapped back here (ISO/IEC 29500-1 Strict → Transitional);</li>
 * <li>a sheet with more than {@link SheetGrid#MAX_ROWS} rows (a form with a million junk rows below
 * it): POI would build every row (about 1 KB of heap per cell, many seconds) before the reader
 * ignores them. Rows past the bound are dropped while streaming, so the form above is still read.</li>
 * </ul>
 * Every other part is copied unchanged.
 */
final class PackageRewrite {

    /** A worksheet part whose rows past the bound were dropped: {@code rows} is the number of its last row. */
    record Truncated(String part, long rows) {
    }

    record Result(byte[] bytes, Map<String, Truncated> truncated) {
    }

    /** Worksheet parts smaller than this cannot hold {@link SheetGrid#MAX_ROWS} rows: not scanned. */
    static final long SCAN_BYTES = 256 * 1024;

    /** Strict → Transitional, most specific first (two property parts are also renamed). */
    private static final String[][] STRICT = {
        {"http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"},
        {"http://purl.oclc.org/ooxml/officeDocument/relationships/customProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"},
        {"http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
        {"http://purl.oclc.org/ooxml/officeDocument/customProperties",
            "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"},
        {"http://purl.oclc.org/ooxml/officeDocument/", "http://schemas.openxmlformats.org/officeDocument/2006/"},
        {"http://purl.oclc.org/ooxml/spreadsheetml/main", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"},
        {"http://purl.oclc.org/ooxml/drawingml/", "http://schemas.openxmlformats.org/drawingml/2006/"},
        {"http://purl.oclc.org/ooxml/schemaLibrary/main", "http://schemas.openxmlformats.org/schemaLibrary/2006/main"},
        {" conformance=\"strict\"", ""},
    };

    private PackageRewrite() {
    }

    /** Is this part a worksheet large enough that it may exceed the row bound? */
    static boolean mayBeTooLong(String part, long size) {
        return size > SCAN_BYTES && part.contains("worksheets/") && part.endsWith(".xml");
    }

    /**
     * The workbook's relationships without worksheets that workbook.xml does not list (a
     * {@code <sheet>} dropped, or its r:id wrong): POI keeps such a part unread and then cannot
     * save the workbook (nor add a sheet: the unread part keeps its name). The parts are dropped
     * too. Null when there is none.
     */
    record Unlisted(String rels, java.util.Set<String> parts) {
    }

    static Unlisted withoutUnlistedSheets(String workbookXml, String rels) {
        if (workbookXml == null || rels == null) return null;
        java.util.Set<String> listed = new java.util.HashSet<>();
        Matcher sheet = SHEET.matcher(workbookXml);
        while (sheet.find()) {
            Matcher id = SHEET_ID.matcher(sheet.group());
            if (id.find()) listed.add(id.group(1));
        }
        StringBuilder out = new StringBuilder();
        Matcher rel = RELATIONSHIP.matcher(rels);
        java.util.Set<String> dropped = new java.util.HashSet<>();
        boolean any = false;
        while (rel.find()) {
            String tag = rel.group();
            Matcher type = TYPE.matcher(tag);
            Matcher id = ID.matcher(tag);
            boolean worksheet = type.find() && type.group(1).endsWith("/worksheet");
            boolean unlisted = worksheet && (!id.find() || !listed.contains(id.group(1)));
            rel.appendReplacement(out, unlisted ? "" : Matcher.quoteReplacement(tag));
            any |= unlisted;
            if (unlisted) {
                Matcher target = TARGET.matcher(tag);
                if (target.find()) {
                    String t = target.group(1);
                    dropped.add(t.startsWith("/") ? t.substring(1) : "xl/" + t);
                }
            }
        }
        rel.appendTail(out);
        return any ? new Unlisted(out.toString(), dropped) : null;
    }

    private static final Pattern SHEET = Pattern.compile("<(?:[\\w.-]+:)?sheet\\b[^>]*>");
    private static final Pattern SHEET_ID = Pattern.compile("\\s[\\w.-]+:id\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern RELATIONSHIP = Pattern.compile("<(?:[\\w.-]+:)?Relationship\\b[^>]*>(?:\\s*</(?:[\\w.-]+:)?Relationship>)?");
    private static final Pattern TYPE = Pattern.compile("\\sType\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern TARGET = Pattern.compile("\\sTarget\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern ID = Pattern.compile("\\sId\\s*=\\s*[\"']([^\"']*)[\"']");

    static Result rewrite(byte[] bytes, boolean strict, Map<String, Long> sizes, Map<String, byte[]> replaced,
                          java.util.Set<String> dropped) throws IOException {
        Map<String, Truncated> truncated = new LinkedHashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                String name = e.getName();
                if (dropped.contains(name)) continue;
                zip.putNextEntry(new ZipEntry(name));
                byte[] body;
                if (replaced.containsKey(name)) {
                    in.readAllBytes();
                    body = replaced.get(name);
                } else if (mayBeTooLong(name, sizes.getOrDefault(name, 0L))) {
                    ByteArrayOutputStream kept = new ByteArrayOutputStream();
                    long lastRow = keepRows(in, kept, SheetGrid.MAX_ROWS);
                    if (lastRow > SheetGrid.MAX_ROWS) truncated.put(name, new Truncated(name, lastRow));
                    body = kept.toByteArray();
                } else {
                    body = in.readAllBytes();
                }
                if (strict && (name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))) {
                    body = toTransitional(body);
                }
                zip.write(body);
                zip.closeEntry();
            }
        }
        return new Result(out.toByteArray(), truncated);
    }

    static byte[] toTransitional(byte[] xml) {
        String s = new String(xml, StandardCharsets.UTF_8);
        if (!s.contains("purl.oclc.org/ooxml/") && !s.contains("conformance=")) return xml;
        for (String[] m : STRICT) s = s.replace(m[0], m[1]);
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Copies a worksheet's XML keeping the rows numbered up to {@code max} (by their {@code r}, as
     * {@link SheetGrid} bounds them) and everything outside {@code <sheetData>} (merges, comments'
     * drawing, page setup), and returns the number of the sheet's last row. A byte scanner, not a
     * parser: in sheet XML a raw '<' only starts markup and only rows are named "row"; it is several
     * times faster than StAX over a million rows, and malformed XML is still POI's to refuse.
     */
    static long keepRows(InputStream in, OutputStream out, int max) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] tag = new byte[64];
        byte[] attrs = new byte[4096];
        int tagLen = 0;
        int attrLen = 0;
        int state = TEXT;
        long last = 0;
        boolean copying = true;
        for (int n; (n = in.read(buf)) > 0; ) {
            int from = 0; // start of the bytes of buf not yet written (or skipped)
            for (int i = 0; i < n; i++) {
                byte b = buf[i];
                if (state == TEXT) {
                    if (b == '<') {
                        if (copying) out.write(buf, from, i - from);
                        from = i + 1;
                        tagLen = 0;
                        state = NAME;
                    }
                    continue;
                }
                from = i + 1;
                if (state == ROW) {
                    if (attrLen < attrs.length) attrs[attrLen++] = b;
                    if (b != '>' && attrLen < attrs.length) continue;
                    long r = rowNumber(attrs, attrLen);
                    last = r > 0 ? r : last + 1;
                    if (last > max) copying = false;
                    if (copying) {
                        out.write('<');
                        out.write(tag, 0, tagLen);
                        out.write(attrs, 0, attrLen);
                    }
                    state = TEXT;
                    continue;
                }
                boolean nameChar = b != ' ' && b != '>' && b != '/' && b != '\t' && b != '\n' && b != '\r';
                if ((nameChar || (tagLen == 0 && b == '/')) && tagLen < tag.length) {
                    tag[tagLen++] = b;
                    continue;
                }
                // the name is complete (or too long for SpreadsheetML): what is this markup?
                boolean end = tagLen > 0 && tag[0] == '/';
                String local = localName(tag, end ? 1 : 0, tagLen);
                if (!end && local.equals("row")) {
                    attrLen = 0;
                    state = ROW;
                    i--; // this byte is the first of the row's attributes (or its '>')
                    continue;
                }
                if (end && local.equals("sheetData")) copying = true;
                if (copying) {
                    out.write('<');
                    out.write(tag, 0, tagLen);
                }
                from = i;
                state = TEXT;
            }
            if (copying && state == TEXT) out.write(buf, from, n - from);
        }
        if (copying && state != TEXT) {
            out.write('<');
            out.write(tag, 0, tagLen);
            if (state == ROW) out.write(attrs, 0, attrLen);
        }
        return last;
    }

    private static final int TEXT = 0;
    private static final int NAME = 1;
    private static final int ROW = 2;

    /** The value of the attribute {@code r} in a row's start tag, or 0. */
    private static long rowNumber(byte[] a, int len) {
        for (int i = 1; i + 3 < len; i++) {
            boolean space = a[i - 1] == ' ' || a[i - 1] == '\t' || a[i - 1] == '\n' || a[i - 1] == '\r';
            if (!space || a[i] != 'r' || a[i + 1] != '=' || (a[i + 2] != '"' && a[i + 2] != '\'')) continue;
            long v = 0;
            int j = i + 3;
            for (; j < len && a[j] >= '0' && a[j] <= '9' && v < 1L << 40; j++) v = v * 10 + (a[j] - '0');
            return j < len && a[j] == a[i + 2] ? v : 0;
        }
        return 0;
    }

    private static String localName(byte[] tag, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) if (tag[i] == ':') start = i + 1;
        return new String(tag, start, to - start, StandardCharsets.US_ASCII);
    }
}
