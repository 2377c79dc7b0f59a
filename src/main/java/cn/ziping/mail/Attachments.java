package cn.ziping.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files a message carries: every named part, and the entries of any {@code .zip}. Each is
 * read with a size bound, so an oversized or bomb-like attachment costs a sentence in the reply,
 * not the service's memory.
 */
final class Attachments {

    /** One file found: its (decoded) name and bytes, or why it was not taken. */
    record File(String name, byte[] bytes, String refused) {
        boolean workbook() {
            return isWorkbook(name);
        }
    }

    private static final Charset GBK = Charset.forName("GBK");

    private Attachments() {
    }

    static boolean isWorkbook(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    static List<File> of(Part message, long maxBytes) throws MessagingException, IOException {
        List<File> out = new ArrayList<>();
        collect(message, maxBytes, out, 0);
        return out;
    }

    private static void collect(Part p, long maxBytes, List<File> out, int depth) throws MessagingException, IOException {
        if (depth > 10) return;
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), maxBytes, out, depth + 1);
            return;
        }
        String name = name(p);
        if (name == null) return;
        String mb = mb(maxBytes);
        byte[] bytes;
        try (InputStream in = p.getInputStream()) {
            bytes = read(in, maxBytes);
        }
        if (bytes == null) {
            out.add(new File(name, null, "大于 " + mb + " MB 的上限，未处理：请拆分或压缩后再发"));
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            unzip(name, bytes, maxBytes, out);
        } else {
            out.add(new File(name, bytes, null));
        }
    }

    /** The part's file name, decoding RFC 2231 (by Jakarta Mail) and the RFC 2047 form many clients still send. */
    static String name(Part p) throws MessagingException {
        String n = p.getFileName();
        if (n == null) return null;
        if (n.contains("=?")) {
            try {
                n = MimeUtility.decodeText(n);
            } catch (UnsupportedEncodingException e) {
                // keep the name as it came
            }
        }
        n = n.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        return n.isEmpty() ? null : n;
    }

    /**
     * The workbooks inside a zip; others are ignored. Names are UTF-8 where the zip says so,
     * else GBK (what Windows in Chinese writes). The total unpacked size is bounded.
     */
    private static void unzip(String zipName, byte[] zip, long maxBytes, List<File> out) throws IOException {
        List<File> found = new ArrayList<>();
        try {
            readZip(zipName, zip, maxBytes, StandardCharsets.UTF_8, found);
        } catch (IllegalArgumentException malformedName) {
            found.clear();
            readZip(zipName, zip, maxBytes, GBK, found);
        } catch (IOException e) {
            out.add(new File(zipName, null, "压缩包无法解开（" + e.getMessage() + "）：请重新压缩，或直接附上 Excel 文件"));
            return;
        }
        if (found.isEmpty()) out.add(new File(zipName, null, "压缩包中没有 Excel 工作簿（.xlsx、.xlsm、.xls）"));
        out.addAll(found);
    }

    private static void readZip(String zipName, byte[] zip, long maxBytes, Charset cs, List<File> found) throws IOException {
        long total = 0;
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(zip), cs)) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                String n = e.getName().replace('\\', '/');
                n = n.substring(n.lastIndexOf('/') + 1);
                if (e.isDirectory() || !isWorkbook(n) || n.startsWith("~$") || e.getName().startsWith("__MACOSX")) continue;
                byte[] b = read(z, maxBytes - total);
                String shown = zipName + " → " + n;
                if (b == null) {
                    found.add(new File(shown, null, "解压后超过 " + mb(maxBytes) + " MB 的上限，未处理"));
                    return;
                }
                total += b.length;
                found.add(new File(n, b, null));
            }
        }
    }

    /** At most {@code max} bytes, or null when there are more. */
    private static byte[] read(InputStream in, long max) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
            if (b.size() + (long) n > max) return null;
            b.write(buf, 0, n);
        }
        return b.toByteArray();
    }

    private static String mb(long bytes) {
        return Long.toString(Math.max(1, bytes / (1024 * 1024)));
    }
}
