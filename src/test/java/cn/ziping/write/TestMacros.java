package cn.ziping.write;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** An .xlsm holding a standard form and a VBA project part (opaque bytes), as Excel saves one. */
final class TestMacros {

    static final byte[] VBA = "ziping-test-vba-project \u0001\u0002\u0003".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private TestMacros() {
    }

    static Path xlsmWithVbaPart(Path file) throws Exception {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        new cn.ziping.TestBooks().sheet("项目A", cn.ziping.TestBooks.standardForm()).write(plain);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(plain))) {
            wb.setWorkbookType(XSSFWorkbookType.XLSM);
            OPCPackage pkg = wb.getPackage();
            var name = PackagingURIHelper.createPartName("/xl/vbaProject.bin");
            PackagePart part = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
            try (OutputStream out = part.getOutputStream()) {
                out.write(VBA);
            }
            wb.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Files.delete(plain);
        return file;
    }
}
