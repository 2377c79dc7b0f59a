package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import cn.ziping.model.Finding;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formulas saved without a cached result (form.md §2.2 rule 8): a script or openpyxl writes the
 * formula alone, so ziping evaluates it; what cannot be evaluated is R002, never 0.
 */
class FormulaReadingTest {

    @TempDir
    Path dir;

    static Object[][] formWithFormulas() {
        Object[][] rows = TestBooks.standardForm();
        rows[6] = new Object[] {null, "年度资金总额", 100, 100, 86.2, 10, TestBooks.f("E7/D7"), TestBooks.f("ROUND(G7*F7,2)")};
        rows[18] = new Object[] {"总分", null, null, null, null, null, TestBooks.f("F7+SUM(G14:G18)"),
            TestBooks.f("H7+SUM(H14:H18)")};
        return rows;
    }

    /**
     * As openpyxl and many scripts save a formula: {@code <f>E7/D7</f><v></v>}, an empty cached
     * value that POI would read as 0.
     */
    static Path emptyCachedValues(Path file) throws Exception {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) ((XSSFCell) c).getCTCell().setV("");
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void formulasWithoutCachedValuesAreEvaluated(boolean emptyValueElement) throws Exception {
        Path file = new TestBooks().sheet("项目A", formWithFormulas()).write(dir.resolve("formulas.xlsx"));
        if (emptyValueElement) emptyCachedValues(file);
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).extracting(Finding::code).doesNotContain("F001", "F002", "S001", "S002", "R002");
        assertThat(e.scores().get(0).total()).isEqualByComparingTo("96.62");
        assertThat(e.scores().get(0).grade()).isEqualTo("优");
        assertThat(e.exitCode()).isZero();
    }

    @Test
    void aFormulaThatCannotBeEvaluatedIsR002NotZero() throws Exception {
        Object[][] rows = formWithFormulas();
        rows[6][4] = TestBooks.f("[2]Sheet1!A1*2");
        Path file = emptyCachedValues(new TestBooks().sheet("项目A", rows).write(dir.resolve("unevaluable.xlsx")));
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.findings()).filteredOn(f -> f.code().equals("R002"))
                .extracting(f -> f.cell().toString()).contains("项目A!E7");
        assertThat(e.findings()).filteredOn(f -> f.cell().toString().equals("项目A!E7"))
                .allSatisfy(f -> assertThat(f.message()).doesNotContain("0.00"))
                .anySatisfy(f -> assertThat(f.message()).contains("未保存计算结果", "无法计算"));
    }
}
