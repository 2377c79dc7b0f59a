package cn.ziping.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad files get one Chinese sentence and exit 3: never a stack trace, never a hang. */
@Timeout(60)
class HostileInputTest {

    @TempDir
    Path dir;

    Path form() throws Exception {
        return new TestBooks().sheet("项目A", TestBooks.standardForm()).write(dir.resolve("form.xlsx"));
    }

    static void assertRefused(Path file, String words) {
        CliTest.Run r = CliTest.run("process", file.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains(words).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void encryptedWorkbook() throws Exception {
        byte[] plain = Files.readAllBytes(form());
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        enc.confirmPassword("secret");
        try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain)); OutputStream os = enc.getDataStream(fs)) {
            opc.save(os);
        }
        Path file = dir.resolve("加密.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            fs.writeFilesystem(out);
        }
        assertRefused(file, "已加密");
    }

    @Test
    void truncatedWorkbook() throws Exception {
        byte[] b = Files.readAllBytes(form());
        Path file = Files.write(dir.resolve("损坏.xlsx"), Arrays.copyOf(b, b.length / 2));
        assertRefused(file, "无法打开");
    }

    @Test
    void htmlSavedAsXls() throws Exception {
        Path file = Files.writeString(dir.resolve("导出.xls"), "<html><body><table><tr><td>1</td></tr></table></body></html>");
        assertRefused(file, "网页");
    }

    @Test
    void externalEntityIsRefused() throws Exception {
        Path file = rewrite(form(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<\\?xml[^>]*\\?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"), "xxe.xlsx");
        assertRefused(file, "无法打开");
    }

    @Test
    void zipBombIsRefused() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(form()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(body, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) out.write(spaces);
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(body);
                }
            }
        }
        assertRefused(file, "压缩炸弹");
    }

    @Test
    void fileTooLarge() throws Exception {
        Path file = dir.resolve("巨大.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(51L * 1024 * 1024);
        }
        assertRefused(file, "文件过大");
    }

    @Test
    void oneBadFileDoesNotStopTheOthers() throws Exception {
        Path good = form();
        Path bad = Files.writeString(dir.resolve("坏.xlsx"), "x");
        CliTest.Run r = CliTest.run("process", bad.toString(), good.toString(), "--out-dir", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(dir.resolve("out/form.checked.xlsx")).exists();
    }

    interface Edit {
        String apply(String xml);
    }

    Path rewrite(Path source, String entry, Edit edit, String name) throws Exception {
        Path file = dir.resolve(name);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source)); ZipOutputStream out = new ZipOutputStream(buf)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] body = in.readAllBytes();
                out.write(e.getName().equals(entry) ? edit.apply(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : body);
            }
        }
        Files.write(file, buf.toByteArray());
        return file;
    }
}
