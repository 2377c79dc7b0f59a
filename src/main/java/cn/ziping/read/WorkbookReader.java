package cn.ziping.read;

import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;
import cn.ziping.model.Summary;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a whole workbook into a {@link Submission}: the 汇总表, every project form, and the R
 * findings for what could not be read. Never throws for the content of a readable workbook.
 */
public final class WorkbookReader {

    /** The sheet ziping writes its findings to; it is ours and never read as input. */
    public static final String RESULTS_SHEET = "校验结果";
    /** Its name when the user already has a sheet called 校验结果 of their own. */
    public static final String RESULTS_SHEET_ALT = "校验结果（ziping）";
    /** How our results sheet begins (A1): the mark that tells it from a user's sheet of that name. */
    public static final String RESULTS_MARK = "ziping 校验结果";

    /** Is this sheet the results sheet we wrote (by name and by its first cell)? */
    public static boolean isResultsSheet(Sheet sheet) {
        String n = sheet.getSheetName();
        if (!n.equals(RESULTS_SHEET) && !n.equals(RESULTS_SHEET_ALT)) return false;
        var row = sheet.getRow(0);
        var a1 = row == null ? null : row.getCell(0);
        return a1 != null && a1.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                && a1.getStringCellValue().startsWith(RESULTS_MARK);
    }

    private WorkbookReader() {
    }

    /** A form left as the template gave it: no name, no amount, no indicator. */
    static boolean isBlank(ProjectForm f) {
        boolean noName = f.name() == null || f.name().isBlank();
        boolean noMoney = f.funds().stream().allMatch(r -> blank(r.initial()) && blank(r.budget()) && blank(r.executed()));
        return noName && noMoney && f.indicators().isEmpty();
    }

    private static boolean blank(cn.ziping.model.Num n) {
        return n == null || !n.isTyped();
    }

    public static Submission read(OpenWorkbook open) {
        Workbook wb = open.workbook();
        Formulas evaluator = new Formulas(wb);
        List<Finding> findings = new ArrayList<>();
        List<ProjectForm> forms = new ArrayList<>();
        List<ProjectForm> blanks = new ArrayList<>();
        Summary summary = null;
        String firstSheet = null;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet sheet = wb.getSheetAt(i);
            if (isResultsSheet(sheet)) continue;
            if (firstSheet == null) firstSheet = sheet.getSheetName();
            SheetGrid grid = new SheetGrid(sheet, evaluator);
            for (CellRef damaged : grid.damaged) {
                findings.add(new Finding("R002", Severity.ERROR, damaged,
                        Messages.text("R002.damaged"), null));
            }
            if (summary == null && SummaryReader.looksLikeSummary(grid)) {
                summary = new SummaryReader(grid, findings).read();
            } else if (FormShape.looksLikeForm(grid)) {
                ProjectForm form = new FormReader(grid, findings).read();
                if (form != null && isBlank(form)) {
                    blanks.add(form);
                } else if (form != null) {
                    forms.add(form);
                }
            }
        }
        for (ReadNote note : open.notes()) {
            String sheet = note.sheet() != null ? note.sheet() : wb.getNumberOfSheets() > 0 ? wb.getSheetName(0) : "Sheet1";
            findings.add(new Finding("R003", Severity.INFO, new CellRef(sheet, 0, 0), note.message(), null));
        }
        Submission listing = new Submission("", summary, List.of(), List.of(), List.of(), List.copyOf(blanks));
        for (ProjectForm blank : blanks) {
            // A blank form the 汇总表 lists is a project not filled in: D005 says so, once, naming it.
            if (summary != null && summary.rows().stream().anyMatch(r -> listing.blankFormOf(r) == blank)) continue;
            String what = Messages.text(forms.isEmpty() && summary == null ? "R003.onlyBlankForm" : "R003.blankForm", blank.sheet());
            findings.add(new Finding("R003", Severity.INFO, blank.titleCell(), what, null));
        }
        if (forms.isEmpty() && summary == null && blanks.isEmpty()
                && findings.stream().noneMatch(f -> f.code().equals("R001"))) {
            findings.add(new Finding("R001", Severity.ERROR, new CellRef(firstSheet == null ? "Sheet1" : firstSheet, 0, 0),
                    Messages.text("R001.noForm"), null));
        }
        if (summary == null && forms.size() > 1) {
            findings.add(new Finding("R005", Severity.WARNING, forms.get(0).titleCell(),
                    Messages.text("R005.message", forms.size()), null));
        }
        List<String> sheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) sheets.add(wb.getSheetName(i));
        Submission s = new Submission(open.path().getFileName().toString(), summary, List.copyOf(forms),
                List.copyOf(findings), List.copyOf(sheets), List.copyOf(blanks));
        findings.sort(s.order());
        return new Submission(s.fileName(), summary, s.forms(), List.copyOf(findings), s.sheets(), s.blankForms());
    }
}
