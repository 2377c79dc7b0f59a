package cn.ziping.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The named style Normal is added once, in its schema place (Excel refuses elements out of order). */
class NormalStyleTest {

    static XSSFWorkbook withConditionalFormatting() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sh = wb.createSheet("说明");
        sh.createRow(0).createCell(0).setCellValue(150);
        var cf = sh.getSheetConditionalFormatting();
        var rule = cf.createConditionalFormattingRule(ComparisonOperator.GT, "100");
        rule.createFontFormatting().setFontColorIndex((short) 10);
        cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("A1")}, rule);
        return wb;
    }

    static byte[] bytes(XSSFWorkbook wb) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    static String styles(byte[] xlsx) throws Exception {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/styles.xml")) return new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no styles.xml");
    }

    static void assertInPlace(String xml) {
        assertThat(xml).contains("<cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>");
        assertThat(xml.indexOf("<cellStyles")).isEqualTo(xml.lastIndexOf("<cellStyles"));
        assertThat(xml.indexOf("</cellXfs>")).isLessThan(xml.indexOf("<cellStyles"));
        if (xml.contains("<dxfs")) assertThat(xml.indexOf("<cellStyles")).isLessThan(xml.indexOf("<dxfs"));
    }

    @Test
    void aNewWorkbookGetsNormalBeforeItsDifferentialStyles() throws Exception {
        try (XSSFWorkbook wb = withConditionalFormatting()) {
            assertThat(styles(bytes(wb))).doesNotContain("<cellStyles");
            NormalStyle.ensure(wb);
            NormalStyle.ensure(wb);
            assertInPlace(styles(bytes(wb)));
        }
    }

    @Test
    void aReadWorkbookWithDxfsGetsNormalInPlaceAndKeepsAnExistingOne() throws Exception {
        byte[] plain;
        try (XSSFWorkbook wb = withConditionalFormatting()) {
            plain = bytes(wb);
        }
        assertThat(styles(plain)).contains("<dxfs");
        byte[] once;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(plain))) {
            NormalStyle.ensure(wb);
            once = bytes(wb);
        }
        assertInPlace(styles(once));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(once))) {
            NormalStyle.ensure(wb);
            assertInPlace(styles(bytes(wb)));
        }
    }
}
