package cn.ziping.read;

import cn.ziping.model.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Evaluates formulas that were saved without a result (form.md §2.2 rule 8). openpyxl and most
 * scripts write {@code <f>E7/D7</f><v></v>}: an empty cached value that POI reads as 0, so a 合计 row
 * or a 执行率 written as a formula would look like 0 and give false errors. Evaluation is per cell,
 * only where there is no result, and bounded: past {@link #LIMIT} cells, or where POI cannot
 * evaluate (an unknown function, a reference to another file), the cell is unreadable (R002),
 * never 0.
 */
final class Formulas {

    /** Cells evaluated per workbook at most: a form has tens; a sheet of 10⁵ formulas is not a form. */
    static final int LIMIT = 20_000;

    private final FormulaEvaluator evaluator;
    private int evaluated;

    Formulas(Workbook wb) {
        this.evaluator = wb.getCreationHelper().createFormulaEvaluator();
        // A link to another file keeps its cached value; without one the cell is unreadable.
        this.evaluator.setIgnoreMissingWorkbooks(true);
    }

    /** Does the file hold a result for this formula cell? An empty {@code <v/>} is no result. */
    static boolean hasCachedValue(Cell cell) {
        if (!(cell instanceof XSSFCell x)) return true;
        var ct = x.getCTCell();
        return ct.isSetV() && !ct.getV().isEmpty();
    }

    /** The evaluated value, or null when it cannot be had; {@code why} receives the reason. */
    CellValue evaluate(Cell cell, StringBuilder why) {
        if (++evaluated > LIMIT) {
            why.append(Messages.text("R002.tooManyFormulas", LIMIT));
            return null;
        }
        try {
            return evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            why.append(Messages.text("R002.uncomputable", formula(cell)));
            return null;
        }
    }

    private static String formula(Cell cell) {
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
