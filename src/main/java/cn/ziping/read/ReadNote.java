package cn.ziping.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Something about how a workbook was read that the user must be told (an R003 finding at A1 of
 * {@code sheet}, or of the first sheet when null): a Strict Open XML file read as an ordinary one,
 * or a sheet whose rows past {@link SheetGrid#MAX_ROWS} were not read.
 */
record ReadNote(String sheet, String message) {

    static List<ReadNote> of(Workbook wb, boolean strict, Map<String, PackageRewrite.Truncated> truncated) {
        List<ReadNote> notes = new ArrayList<>();
        if (strict) {
            notes.add(new ReadNote(null, "工作簿是 Strict Open XML 格式，已按普通 Excel 工作簿读取；"
                    + "ziping 写出的副本是普通 Excel 工作簿（.xlsx）"));
        }
        for (Sheet sheet : wb) {
            long rows = sheet.getLastRowNum() + 1L;
            boolean dropped = false;
            if (sheet instanceof XSSFSheet x) {
                String part = x.getPackagePart().getPartName().getName().substring(1);
                PackageRewrite.Truncated t = truncated.get(part);
                if (t != null) {
                    rows = t.rows();
                    dropped = true;
                }
            }
            if (rows > SheetGrid.MAX_ROWS) notes.add(tooLarge(sheet.getSheetName(), rows, dropped));
        }
        return List.copyOf(notes);
    }

    static ReadNote tooLarge(String sheet, long rows, boolean dropped) {
        String about = new BigDecimal(rows).round(new MathContext(3)).toPlainString();
        return new ReadNote(sheet, "工作表“" + sheet + "”过大（约 " + about + " 行），只读取并检查了前 "
                + SheetGrid.MAX_ROWS + " 行，第 " + (SheetGrid.MAX_ROWS + 1) + " 行起未读取"
                + (dropped ? "、也不在副本中" : "") + "：请删去表格下方多余的行后再试");
    }
}
