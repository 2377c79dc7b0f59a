package cn.ziping.read;

import cn.ziping.model.Messages;
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
            notes.add(new ReadNote(null, Messages.text("R003.strict")));
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
        return new ReadNote(sheet, Messages.text(dropped ? "R003.tooLargeDropped" : "R003.tooLarge",
                sheet, about, SheetGrid.MAX_ROWS, SheetGrid.MAX_ROWS + 1));
    }
}
