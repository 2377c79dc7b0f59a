package cn.ziping;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/** A workbook's content as comparable lines: values, formulas, merges, validations. */
public final class WorkbookContent {

    private WorkbookContent() {
    }

    public static List<String> of(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            return of(wb);
        }
    }

    public static List<String> of(Workbook wb) {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        for (Sheet sh : wb) {
            out.add("sheet " + sh.getSheetName());
            for (Row row : sh) {
                for (Cell c : row) {
                    String v = switch (c.getCellType()) {
                        case FORMULA -> "=" + c.getCellFormula();
                        case NUMERIC -> "n:" + c.getNumericCellValue();
                        case STRING -> "s:" + c.getStringCellValue();
                        case BOOLEAN -> "b:" + c.getBooleanCellValue();
                        default -> null;
                    };
                    if (v != null) out.add(sh.getSheetName() + "!" + c.getAddress() + " " + v + " | " + fmt.formatCellValue(c));
                }
            }
            List<String> merges = new ArrayList<>();
            for (CellRangeAddress m : sh.getMergedRegions()) merges.add("merge " + m.formatAsString());
            merges.sort(null);
            out.addAll(merges);
            for (DataValidation dv : sh.getDataValidations()) {
                out.add("validation " + java.util.Arrays.toString(dv.getRegions().getCellRangeAddresses()).replaceAll("@[0-9a-f]+", "")
                        + " " + java.util.Arrays.toString(dv.getValidationConstraint().getExplicitListValues()));
            }
        }
        return out;
    }
}
