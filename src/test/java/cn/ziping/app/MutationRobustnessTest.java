package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.template.ExampleData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a user types anywhere, ziping answers with findings, never an exception: random cells
 * of the example get garbage (fixed seed, so a failure replays), then evaluate and process run.
 */
class MutationRobustnessTest {

    static final Object[] GARBAGE = {"", "—", "abc", "１２３", "-5", "1e308", "12.5.6", "≥", "≥万元", "%", "NaN",
        "100%%", "元", "2024年13月", "=", "=1/0", "=#REF!", "=SUM(", -1.0, 0.0, 1e15, 1e-9, Double.MAX_VALUE, "产出指标(x分)",
        "总分", "年度资金总额", "项目名称", "三级指标", "合计", "\n\t ", "达成", "未达成年度指标且效果较差"};

    @TempDir
    Path dir;

    @Test
    void randomGarbageNeverThrows() throws Exception {
        Random random = new Random(Long.getLong("ziping.fuzz.seed", 20261128));
        Path example = Path.of("workbook-templates/examples", ExampleData.FILE_NAME);
        for (int round = 0; round < Integer.getInteger("ziping.fuzz.rounds", 80); round++) {
            Path file = dir.resolve("m" + round + ".xlsx");
            try (InputStream in = Files.newInputStream(example); Workbook wb = WorkbookFactory.create(in)) {
                for (int k = 0; k < 25; k++) {
                    Sheet sh = wb.getSheetAt(random.nextInt(Math.min(4, wb.getNumberOfSheets())));
                    int r = random.nextInt(Math.max(1, sh.getLastRowNum() + 2));
                    int c = random.nextInt(13);
                    Row row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    Object v = GARBAGE[random.nextInt(GARBAGE.length)];
                    if (v instanceof Double d) {
                        cell.setCellValue(d);
                    } else if (v.toString().startsWith("=") && v.toString().length() > 1) {
                        try {
                            cell.setCellFormula(v.toString().substring(1));
                        } catch (RuntimeException unparseable) {
                            cell.setCellValue(v.toString());
                        }
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    wb.write(out);
                }
            }
            Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
            assertThat(e.error()).as("round " + round).isNull();
            Evaluation p = Evaluator.process(file, null, null, new Options("national", round % 2 == 0));
            assertThat(p.findings()).as("round " + round).isEqualTo(e.findings());
            assertThat(Evaluator.evaluate(p.output(), Options.DEFAULT).error()).isNull();
        }
    }
}
