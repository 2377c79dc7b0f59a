package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.Packages;
import cn.ziping.TestBooks;
import cn.ziping.model.CellRef;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every crash {@link PackageFuzzTest} found, pinned as a small deterministic test: the same damage
 * applied by hand to a two-form workbook. Each once threw out of {@code evaluate} or
 * {@code process} (exit 4, "内部错误"); now each reads, says what it repaired, and writes a copy
 * POI reopens. The fuzz run that found it is named on each test.
 */
class PackageFuzzRegressionTest {

    @TempDir
    Path dir;
    Path clean;

    @BeforeEach
    void twoForms() throws Exception {
        clean = new TestBooks().sheet("项目A", TestBooks.standardForm(), "A6:A10")
                .sheet("项目B", TestBooks.standardForm()).write(dir.resolve("clean.xlsx"));
    }

    Path damaged(String part, UnaryOperator<String> edit) throws Exception {
        return Packages.editPart(clean, part, x -> {
            String y = edit.apply(x);
            assertThat(y).as("the damage applies").isNotEqualTo(x);
            return y;
        }, dir.resolve("damaged.xlsx"));
    }

    /** Reads, and the copy opens in POI with its results sheet; returns the evaluation. */
    static Evaluation readsAndWrites(Path file, Path dir) throws Exception {
        Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
        assertThat(e.error()).isNull();
        Evaluation p = Evaluator.process(file, null, dir.resolve("out"), Options.DEFAULT);
        assertThat(p.findings()).isEqualTo(e.findings());
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(p.output())))) {
            assertThat(wb.getSheet("校验结果")).isNotNull();
        }
        assertThat(Evaluator.evaluate(p.output(), Options.DEFAULT).error()).isNull();
        return e;
    }

    List<Finding> cleanFindings() {
        return Evaluator.evaluate(clean, Options.DEFAULT).findings();
    }

    static Finding r003(String sheet, String message) {
        return new Finding("R003", Severity.INFO, new CellRef(sheet, 0, 0), message, null);
    }

    /** Seed 20261129 run 16: IllegalArgumentException "Invalid cell range" from getMergedRegions. */
    @Test
    void reversedMergeRange() throws Exception {
        Path file = damaged("xl/worksheets/sheet1.xml", x -> x.replace("ref=\"A6:A10\"", "ref=\"A10:A6\""));
        Evaluation e = readsAndWrites(file, dir);
        Finding note = r003("项目A", "工作表“项目A”的合并单元格范围“A10:A6”首尾颠倒，已按 A6:A10 读取：请在 Excel/WPS 中检查该处的合并单元格");
        assertThat(e.findings()).contains(note);
        assertThat(e.findings().stream().filter(f -> !f.equals(note)).toList()).isEqualTo(cleanFindings());
    }

    @Test
    void mergeRangeThatIsNoRange() throws Exception {
        Path file = damaged("xl/worksheets/sheet1.xml", x -> x.replace("ref=\"A6:A10\"", "ref=\"A1:B\""));
        Evaluation e = readsAndWrites(file, dir);
        assertThat(e.findings()).contains(r003("项目A", "工作表“项目A”的合并单元格范围“A1:B”无效，已忽略：请在 Excel/WPS 中检查该工作表的合并单元格"));
    }

    /** Seed 20261129 runs 32 and 36: XmlValueOutOfRangeException for a cell type '' or '-1e308'. */
    @Test
    void cellTypeThatIsNoType() throws Exception {
        Path file = damaged("xl/worksheets/sheet1.xml", x -> x.replaceFirst("<c r=\"C7\" t=\"n\"", "<c r=\"C7\" t=\"\"")
                .replaceFirst("<c r=\"D7\" t=\"n\"", "<c r=\"D7\" t=\"-1e308\""));
        Evaluation e = readsAndWrites(file, dir);
        String damaged = "单元格内容已损坏（类型或数值无法识别），已按空白读取：请在 Excel/WPS 中重新填写该单元格";
        assertThat(e.findings()).contains(new Finding("R002", Severity.ERROR, new CellRef("项目A", 6, 2), damaged, null),
                new Finding("R002", Severity.ERROR, new CellRef("项目A", 6, 3), damaged, null));
    }

    /** Seed 20261129 run 26: IndexOutOfBoundsException from a cell format naming a dropped font. */
    @Test
    void cellFormatNamingAMissingFont() throws Exception {
        Path file = damaged("xl/styles.xml", x -> x.replaceFirst("(<xf [^>]*fontId=\")\\d+", "$199"));
        assertThat(readsAndWrites(file, dir).findings()).isEqualTo(cleanFindings());
    }

    /** Seed 20261129 run 109: XmlValueOutOfRangeException "Invalid long value: 0x10" from xf/@xfId. */
    @Test
    void cellFormatWithANumberThatIsNoNumber() throws Exception {
        Path file = damaged("xl/styles.xml", x -> x.replaceFirst("(<cellXfs[^>]*>\\s*<xf [^>]*?)fontId=\"\\d+\"", "$1fontId=\"abc\"")
                .replaceFirst("(<cellXfs[^>]*>\\s*<xf [^>]*?)xfId=\"\\d+\"", "$1xfId=\"0x10\""));
        assertThat(readsAndWrites(file, dir).findings()).isEqualTo(cleanFindings());
    }

    /** Seed 20261129 runs 41, 68, 69: POIXMLException "Cannot write invalid sheet" after a sheet lost its r:id. */
    @Test
    void sheetWithoutItsRelationshipId() throws Exception {
        Path file = damaged("xl/workbook.xml", x -> x.replaceFirst("(<sheet name=\"项目A\"[^>]*?) r:id=\"rId\\d+\"", "$1"));
        Evaluation e = readsAndWrites(file, dir);
        assertThat(e.submission().sheets()).containsExactly("项目B");
        assertThat(e.findings()).contains(r003("项目B", "工作簿列出的工作表“项目A”找不到内容，已忽略：请在 Excel/WPS 中打开并另存一份后再试"));
    }

    /** Seed 20261129 run 74: the same, after a {@code <sheet>} was dropped and its part left unlisted. */
    @Test
    void sheetPartThatWorkbookDoesNotList() throws Exception {
        Path file = damaged("xl/workbook.xml", x -> x.replaceFirst("<sheet name=\"项目A\"[^>]*/>", ""));
        Evaluation e = readsAndWrites(file, dir);
        assertThat(e.submission().sheets()).containsExactly("项目B");
    }

    /** Seed 7 runs 24, 46, 63, 220, 231: a cell style number that is none (2147483648, NaN, 1.5) failed every save. */
    @Test
    void cellStyleNumberThatIsNoNumber() throws Exception {
        Path file = damaged("xl/worksheets/sheet1.xml", x -> x.replaceFirst("(<c r=\"A1\"[^>]*?)(?: s=\"\\d+\")?(/?>)", "$1 s=\"2147483648\"$2")
                .replaceFirst("(<c r=\"A2\"[^>]*?)(?: s=\"\\d+\")?(/?>)", "$1 s=\"NaN\"$2"));
        assertThat(Files.readString(dir.resolve("damaged.xlsx"), java.nio.charset.StandardCharsets.ISO_8859_1)).isNotEmpty();
        assertThat(readsAndWrites(file, dir).findings()).isEqualTo(cleanFindings());
    }

    /** Seed 7 runs 75, 170: XmlValueOutOfRangeException from sheetId="NaN" when the 校验结果 sheet is added. */
    @Test
    void sheetIdThatIsNoNumber() throws Exception {
        Path file = damaged("xl/workbook.xml", x -> x.replaceFirst("sheetId=\"1\"", "sheetId=\"NaN\""));
        assertThat(readsAndWrites(file, dir).findings()).isEqualTo(cleanFindings());
    }

    /** Seed 7 run 129: a merge of the whole sheet (A1:XFD1048576) made process run past the 300 s limit. */
    @Test
    void mergeOfTheWholeSheet() throws Exception {
        Path file = damaged("xl/worksheets/sheet1.xml", x -> x.replace("ref=\"A6:A10\"", "ref=\"A1:XFD1048576\""));
        long t0 = System.nanoTime();
        Evaluation e = readsAndWrites(file, dir);
        assertThat((System.nanoTime() - t0) / 1_000_000_000).isLessThan(60);
        assertThat(e.findings()).contains(r003("项目A", "工作表“项目A”的合并单元格范围“A1:XFD1048576”过大，已忽略：请在 Excel/WPS 中检查该工作表的合并单元格"));
    }

    /**
     * Seed 7 run 236: weights adding up to 180 (a shared string dropped shifted the labels) gave a
     * 总分 of 200. I009 reports the weights; the score stays on its 100-point scale.
     */
    @Test
    void weightsPastNinetyScoreAtMostAHundred() throws Exception {
        Object[][] rows = TestBooks.standardForm();
        for (int r = 13; r <= 17; r++) {
            rows[r] = rows[r].clone();
            rows[r][6] = ((Number) rows[r][6]).doubleValue() * 2;
            rows[r][7] = ((Number) rows[r][7]).doubleValue() * 2;
        }
        Path file = new TestBooks().sheet("项目A", rows).write(dir.resolve("heavy.xlsx"));
        Evaluation e = readsAndWrites(file, dir);
        assertThat(e.scores().get(0).total()).isEqualByComparingTo("100");
        assertThat(e.scores().get(0).indicatorScore()).isEqualByComparingTo("100");
        assertThat(e.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo("I009"));
    }

    /** Seed 20261129 run 13: NullPointerException for a sheet without a name. */
    @Test
    void sheetWithoutAName() throws Exception {
        Path file = damaged("xl/workbook.xml", x -> x.replaceFirst("name=\"项目B\" ", ""));
        Evaluation e = readsAndWrites(file, dir);
        assertThat(e.submission().sheets()).containsExactly("项目A", "Sheet2");
        assertThat(e.findings()).contains(r003("Sheet2", "第 2 张工作表没有名称，已称为“Sheet2”：请在 Excel/WPS 中为它命名"));
    }
}
