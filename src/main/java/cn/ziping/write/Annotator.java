package cn.ziping.write;

import cn.ziping.check.ComputedCell;
import cn.ziping.check.Department;
import cn.ziping.score.ProjectScore;
import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.read.OpenWorkbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellUtil;

/**
 * Annotates the workbook per form.md §4: fills computed cells, colours flagged cells by severity
 * (reusing equal styles, never a style per cell), appends {@code [CODE] message} to cell comments
 * without touching the user's own text, and rebuilds the 校验结果 sheet. Re-running on its own
 * output replaces what it wrote before and adds nothing twice.
 */
public final class Annotator {

    /** Comments beyond this many go to the 校验结果 sheet only: each one is a drawing shape. */
    static final int MAX_COMMENTS = 300;

    private Annotator() {
    }

    public static void annotate(OpenWorkbook open, List<ComputedCell> computed, List<Finding> findings,
                                List<ProjectScore> scores, Department department, boolean fix) {
        Workbook wb = open.workbook();
        Comments.stripOurs(wb);
        Map<CellRef, List<String>> notes = new LinkedHashMap<>();
        Map<CellRef, Severity> worst = new LinkedHashMap<>();
        for (Finding f : findings) {
            // A finding about the narrative report has no cell in the workbook: 校验结果 lists it.
            if (f.cell().inReport()) continue;
            notes.computeIfAbsent(f.cell(), k -> new ArrayList<>()).add("[" + f.code() + "] " + f.message());
            worst.merge(f.cell(), f.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }
        for (ComputedCell c : computed) {
            Cell cell = cell(wb, c.cell());
            if (cell == null) continue;
            if (c.state() == ComputedCell.State.EMPTY) {
                write(cell, c);
            } else if (c.state() == ComputedCell.State.DIFFERS) {
                if (fix) {
                    write(cell, c);
                    notes.computeIfAbsent(c.cell(), k -> new ArrayList<>())
                            .add("原值为 " + c.typed() + "，已按规则改为 " + c.display());
                } else if (!notes.containsKey(c.cell())) {
                    notes.put(c.cell(), new ArrayList<>(List.of("ziping 计算值为 " + c.display() + "，表中为 " + c.typed())));
                }
            }
        }
        int comments = 0;
        StyleCache styles = new StyleCache();
        Map<Sheet, List<CellRangeAddress>> merged = new HashMap<>();
        for (Map.Entry<CellRef, List<String>> e : notes.entrySet()) {
            Cell cell = cell(wb, e.getKey());
            if (cell == null) continue;
            Severity s = worst.get(e.getKey());
            if (s != null) fill(cell, s, styles, merged.computeIfAbsent(cell.getSheet(), Sheet::getMergedRegions));
            if (comments++ < MAX_COMMENTS) Comments.append(cell, String.join("\n", e.getValue()));
        }
        ResultsSheet.write(wb, findings, scores, department);
        NormalStyle.ensure(wb);
        wb.setForceFormulaRecalculation(true);
    }

    public static void save(OpenWorkbook open, Path target) throws IOException {
        AtomicFiles.write(open.workbook(), target);
    }

    /** The cell at a reference (top-left of its merged region), created blank if missing. */
    static Cell cell(Workbook wb, CellRef ref) {
        Sheet sh = wb.getSheet(ref.sheet());
        if (sh == null) return null;
        Row row = sh.getRow(ref.row()) == null ? sh.createRow(ref.row()) : sh.getRow(ref.row());
        return row.getCell(ref.col()) == null ? row.createCell(ref.col()) : row.getCell(ref.col());
    }

    private static void write(Cell cell, ComputedCell c) {
        if (cell.getCellType() == CellType.FORMULA) cell.removeFormula();
        switch (c.kind()) {
            case GRADE -> cell.setCellValue(c.text());
            case RATE -> {
                cell.setCellValue(c.number().doubleValue());
                CellUtil.setCellStyleProperty(cell, CellPropertyType.DATA_FORMAT,
                        cell.getSheet().getWorkbook().createDataFormat().getFormat("0.00%"));
            }
            case SCORE -> cell.setCellValue(c.number().doubleValue());
        }
    }

    /** Colours the cell (and the rest of its merged region) by severity, reusing equal styles. */
    private static void fill(Cell cell, Severity s, StyleCache styles, List<CellRangeAddress> merged) {
        short color = switch (s) {
            case ERROR -> IndexedColors.ROSE.getIndex();
            case WARNING -> IndexedColors.LIGHT_ORANGE.getIndex();
            case INFO -> IndexedColors.LIGHT_TURQUOISE.getIndex();
        };
        Map<CellPropertyType, Object> props = Map.of(CellPropertyType.FILL_PATTERN, FillPatternType.SOLID_FOREGROUND,
                CellPropertyType.FILL_FOREGROUND_COLOR, color);
        Sheet sh = cell.getSheet();
        for (CellRangeAddress m : merged) {
            if (m.isInRange(cell)) {
                for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                    Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
                    for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) {
                        Cell x = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                        styles.apply(x, props);
                    }
                }
                return;
            }
        }
        styles.apply(cell, props);
    }
}
