package cn.ziping.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ziping.WorkbookContent;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.check.ComputedCell;
import cn.ziping.model.CellRef;
import cn.ziping.read.WorkbookReader;
import cn.ziping.template.ExampleData;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated copy, read back: what it adds, and everything it must leave as it was. */
class AnnotatorTest {

    static final Path EXAMPLE = Path.of("workbook-templates/examples", ExampleData.FILE_NAME);

    @TempDir
    Path dir;

    static Workbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return WorkbookFactory.create(in);
        }
    }

    /** The example with things a user adds: comments, an extra sheet with formulas and a validation. */
    Path richInput() throws Exception {
        Path in = dir.resolve("单位自评表.xlsx");
        try (Workbook wb = open(EXAMPLE)) {
            Sheet summary = wb.getSheet("汇总表");
            comment(summary, "C7", "张会计：按报告口径填写");
            comment(summary, "B14", "已与财政局核对");
            comment(summary, "F25", "执行数待核"); // right of the flagged E25: our comment box must not collide with it
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由财务科填写");
            notes.createRow(1).createCell(0).setCellFormula("SUM(汇总表!E14:E16)");
            var dv = notes.getDataValidationHelper();
            notes.addValidationData(dv.createValidation(dv.createExplicitListConstraint(new String[] {"是", "否"}),
                    new org.apache.poi.ss.util.CellRangeAddressList(2, 5, 1, 1)));
            var name = wb.createName();
            name.setNameName("项目金额");
            name.setRefersToFormula("'汇总表'!$E$14:$E$38");
            var cf = notes.getSheetConditionalFormatting();
            var rule = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.GT, "100");
            rule.createFontFormatting().setFontColorIndex(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            cf.addConditionalFormatting(new org.apache.poi.ss.util.CellRangeAddress[] {
                org.apache.poi.ss.util.CellRangeAddress.valueOf("A2:A9")}, rule);
            byte[] png = java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
            int pic = wb.addPicture(png, Workbook.PICTURE_TYPE_PNG);
            var anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(3);
            anchor.setRow1(3);
            summary.getDrawingPatriarch().createPicture(anchor, pic).resize();
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        return in;
    }

    static void comment(Sheet sh, String a1, String text) {
        CellAddress a = new CellAddress(a1);
        Drawing<?> d = sh.getDrawingPatriarch() != null ? sh.getDrawingPatriarch() : sh.createDrawingPatriarch();
        ClientAnchor anchor = sh.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(a.getColumn() + 1);
        anchor.setCol2(a.getColumn() + 3);
        anchor.setRow1(a.getRow());
        anchor.setRow2(a.getRow() + 3);
        Comment c = d.createCellComment(anchor);
        c.setString(sh.getWorkbook().getCreationHelper().createRichTextString(text));
        c.setAuthor("张会计");
        Row row = sh.getRow(a.getRow()) == null ? sh.createRow(a.getRow()) : sh.getRow(a.getRow());
        (row.getCell(a.getColumn()) == null ? row.createCell(a.getColumn()) : row.getCell(a.getColumn())).setCellComment(c);
    }

    static String comment(Workbook wb, String sheet, String a1) {
        Comment c = wb.getSheet(sheet).getCellComment(new CellAddress(a1));
        return c == null ? null : c.getString().getString();
    }

    @Test
    void processWritesANewFileAndNeverTouchesTheInput() throws Exception {
        Path in = richInput();
        byte[] before = Files.readAllBytes(in);
        Evaluation e = Evaluator.process(in, null, null, Options.DEFAULT);
        assertThat(e.output()).isEqualTo(in.toAbsolutePath().resolveSibling("单位自评表.checked.xlsx"));
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("单位自评表.xlsx", "单位自评表.checked.xlsx");
        }
        assertThatThrownBy(() -> Evaluator.process(in, in, null, Options.DEFAULT)).hasMessageContaining("不能与输入文件相同");
        Path someoneElses = Files.writeString(dir.resolve("别人的.xlsx"), "not ours");
        assertThatThrownBy(() -> Evaluator.process(in, someoneElses, null, Options.DEFAULT)).hasMessageContaining("不是 ziping 的输出");
        assertThat(Files.readString(someoneElses)).isEqualTo("not ours");
        Evaluator.process(in, null, null, Options.DEFAULT); // replacing our own earlier output is fine
    }

    @Test
    void everyCellWeDoNotOwnSurvivesValueFormulaAndStyle() throws Exception {
        Path in = richInput();
        Evaluation e = Evaluator.process(in, null, null, Options.DEFAULT);
        Set<CellRef> owned = new HashSet<>();
        e.computed().forEach(c -> owned.add(c.cell()));
        Set<CellRef> flagged = new HashSet<>();
        e.findings().forEach(f -> flagged.add(f.cell()));
        DataFormatter fmt = new DataFormatter();
        try (Workbook a = open(in); Workbook b = open(e.output())) {
            assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets() + 1);
            for (Sheet sa : a) {
                Sheet sb = b.getSheet(sa.getSheetName());
                assertThat(sb).as(sa.getSheetName()).isNotNull();
                assertThat(new HashSet<>(sb.getMergedRegions())).isEqualTo(new HashSet<>(sa.getMergedRegions()));
                assertThat(sb.getDataValidations()).hasSameSizeAs(sa.getDataValidations());
                for (Row ra : sa) {
                    for (Cell ca : ra) {
                        CellRef ref = new CellRef(sa.getSheetName(), ca.getRowIndex(), ca.getColumnIndex());
                        if (owned.contains(ref)) continue;
                        Cell cb = sb.getRow(ca.getRowIndex()).getCell(ca.getColumnIndex());
                        assertThat(cb.getCellType()).as(ref.toString()).isEqualTo(ca.getCellType());
                        if (ca.getCellType() == CellType.FORMULA) assertThat(cb.getCellFormula()).isEqualTo(ca.getCellFormula());
                        assertThat(fmt.formatCellValue(cb)).as(ref.toString()).isEqualTo(fmt.formatCellValue(ca));
                        if (!flagged.contains(ref) && !inMergedFlagged(sa, ref, flagged)) {
                            assertThat(cb.getCellStyle().getIndex()).as("style of " + ref).isEqualTo(ca.getCellStyle().getIndex());
                        }
                    }
                }
            }
            assertThat(comment(b, "汇总表", "C7")).startsWith("张会计：按报告口径填写\n【ziping】\n[D002] 全年预算数合计声明为 1851.72");
            assertThat(comment(b, "汇总表", "B14")).isEqualTo("已与财政局核对");
            assertThat(comment(b, "汇总表", "E25")).startsWith("【ziping】\n[D008]");
            // F25 holds the same slip as E25 and is flagged too: the user's words first, ours after.
            assertThat(comment(b, "汇总表", "F25")).startsWith("执行数待核\n【ziping】\n[D008]");
            assertThat(b.getSheet("说明").getRow(1).getCell(0).getCellFormula()).isEqualTo("SUM(汇总表!E14:E16)");
            for (int i = 0; i < a.getNumberOfSheets(); i++) assertThat(b.getSheetName(i)).isEqualTo(a.getSheetName(i));
            assertThat(b.getName("项目金额").getRefersToFormula()).isEqualTo("'汇总表'!$E$14:$E$38");
            assertThat(b.getSheet("说明").getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            assertThat(b.getAllPictures()).hasSize(1);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) b.getSheet("汇总表")).getDrawingPatriarch().getShapes())
                    .anyMatch(s -> s instanceof org.apache.poi.xssf.usermodel.XSSFPicture);
        }
    }

    static boolean inMergedFlagged(Sheet sh, CellRef ref, Set<CellRef> flagged) {
        for (var m : sh.getMergedRegions()) {
            if (m.isInRange(ref.row(), ref.col()) && flagged.contains(new CellRef(ref.sheet(), m.getFirstRow(), m.getFirstColumn()))) return true;
        }
        return false;
    }

    @Test
    void flaggedCellsAreColouredAndTheResultsSheetLinksEveryFinding() throws Exception {
        Evaluation e = Evaluator.process(EXAMPLE, null, dir, Options.DEFAULT);
        try (Workbook b = open(e.output())) {
            var c7 = b.getSheet("汇总表").getRow(6).getCell(2).getCellStyle();
            assertThat(c7.getFillForegroundColor()).isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex());
            var e25 = b.getSheet("汇总表").getRow(24).getCell(4).getCellStyle();
            assertThat(e25.getFillForegroundColor()).isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.LIGHT_ORANGE.getIndex());
            Sheet results = b.getSheet(WorkbookReader.RESULTS_SHEET);
            assertThat(results).isNotNull();
            List<String> rows = new ArrayList<>();
            for (Row r : results) {
                Cell where = r.getCell(3);
                if (where != null && where.getHyperlink() != null && r.getCell(2).getStringCellValue().matches("[RFISD]\\d{3}")) {
                    rows.add(r.getCell(1).getStringCellValue() + " " + r.getCell(2).getStringCellValue() + " "
                            + where.getStringCellValue() + " -> " + where.getHyperlink().getAddress());
                }
            }
            String form = "购买消防特种车辆保险费用";
            assertThat(rows).containsExactly("错误 D002 汇总表!C7 -> '汇总表'!C7", "警告 D008 汇总表!D25 -> '汇总表'!D25",
                    "警告 D008 汇总表!E25 -> '汇总表'!E25", "警告 D008 汇总表!F25 -> '汇总表'!F25",
                    "警告 D008 " + form + "!C7 -> '" + form + "'!C7", "警告 D008 " + form + "!D7 -> '" + form + "'!D7",
                    "警告 D008 " + form + "!E7 -> '" + form + "'!E7", "警告 D008 " + form + "!C8 -> '" + form + "'!C8",
                    "警告 D008 " + form + "!D8 -> '" + form + "'!D8", "警告 D008 " + form + "!E8 -> '" + form + "'!E8");
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("错误");
            assertThat(results.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(results.getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("保定市徐水区应急管理局 2024年度 项目 25 个；按各项目计算：全年预算数合计 69650.14 万元，"
                            + "全年执行数合计 69639.26 万元；总分 90 分以上 22 个，60 至 90 分 0 个，60 分以下 3 个");
            List<String> computed = new ArrayList<>();
            for (Row r : results) {
                if (r.getCell(7) != null && r.getCell(3) != null && r.getCell(3).getHyperlink() != null) {
                    DataFormatter fmt = new DataFormatter();
                    computed.add(r.getCell(4).getStringCellValue() + " " + fmt.formatCellValue(r.getCell(5)) + " "
                            + fmt.formatCellValue(r.getCell(1)) + " " + r.getCell(2).getStringCellValue());
                }
            }
            assertThat(computed).hasSize(25).contains("2023年度救灾物资采购资金 50.00% 50.89 差",
                    "森林草原消防专业队伍建设经费 100.00% 100.00 优");
        }
    }

    @Test
    void rerunningOnItsOwnOutputAddsNothingTwice() throws Exception {
        Path in = richInput();
        Evaluation first = Evaluator.process(in, null, null, Options.DEFAULT);
        Evaluation second = Evaluator.process(first.output(), dir.resolve("again.xlsx"), null, Options.DEFAULT);
        assertThat(second.findings()).isEqualTo(first.findings());
        try (Workbook a = open(first.output()); Workbook b = open(second.output())) {
            assertThat(b.getNumberOfSheets()).isEqualTo(a.getNumberOfSheets());
            assertThat(b.getNumCellStyles()).isEqualTo(a.getNumCellStyles());
            assertThat(b.getNumberOfFonts()).isEqualTo(a.getNumberOfFonts());
            for (Sheet sa : a) {
                assertThat(b.getSheet(sa.getSheetName()).getCellComments().size()).isEqualTo(sa.getCellComments().size());
                for (var entry : sa.getCellComments().entrySet()) {
                    assertThat(comment(b, sa.getSheetName(), entry.getKey().formatAsString()))
                            .isEqualTo(entry.getValue().getString().getString());
                }
            }
            assertThat(WorkbookContent.of(b)).isEqualTo(WorkbookContent.of(a));
        }
    }

    /** A form whose computed cells were left blank, and one with a wrong typed rate. */
    Path formsWithComputedCells() throws Exception {
        Path in = dir.resolve("forms.xlsx");
        var blank = new cn.ziping.golden.GoldenWorkbooks.Spec("空白计算项", "计算项留空").execution("100", "86.2");
        blank.typedComputed = false;
        blank.set(0, 4, "45人次").set(0, 6, null).set(0, 7, "部分学员请假");
        blank.set(6, 4, "85%").set(6, 6, null).set(6, 7, "个别学员不满意");
        var wrong = new cn.ziping.golden.GoldenWorkbooks.Spec("执行率错", "执行率填错").edit("G7", 0.9);
        cn.ziping.golden.GoldenWorkbooks.listOnly(in, List.of(blank, wrong));
        return in;
    }

    @Test
    void emptyComputedCellsAreFilledWithZipingsValues() throws Exception {
        Evaluation e = Evaluator.process(formsWithComputedCells(), null, null, Options.DEFAULT);
        assertThat(e.computed()).filteredOn(c -> c.state() == ComputedCell.State.EMPTY)
                .extracting(c -> c.cell().toString()).containsExactlyInAnyOrder("空白计算项!G7", "空白计算项!H7",
                        "空白计算项!H14", "空白计算项!H20", "空白计算项!H21", "空白计算项!H22", "汇总表!G14", "汇总表!H14",
                        "汇总表!I14", "汇总表!G15", "汇总表!H15", "汇总表!I15");
        try (Workbook b = open(e.output())) {
            Sheet s = b.getSheet("空白计算项");
            assertThat(s.getRow(6).getCell(6).getNumericCellValue()).isEqualTo(0.862);
            assertThat(s.getRow(6).getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(s.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(8.62);
            assertThat(s.getRow(13).getCell(7).getNumericCellValue()).isEqualTo(18.0);
            assertThat(s.getRow(19).getCell(7).getNumericCellValue()).isEqualTo(9.44);
            assertThat(s.getRow(20).getCell(7).getNumericCellValue()).isEqualTo(96.06);
            assertThat(s.getRow(21).getCell(7).getStringCellValue()).isEqualTo("优");
            Sheet summary = b.getSheet("汇总表");
            assertThat(summary.getRow(13).getCell(7).getNumericCellValue()).isEqualTo(96.06);
            assertThat(summary.getRow(13).getCell(8).getStringCellValue()).isEqualTo("优");
            // a wrong typed value is kept and flagged without --fix
            assertThat(b.getSheet("执行率错").getRow(6).getCell(6).getNumericCellValue()).isEqualTo(0.9);
            assertThat(comment(b, "执行率错", "G7")).contains("[F001] 执行率应为 100.00%");
        }
        Evaluation again = Evaluator.evaluate(e.output(), Options.DEFAULT);
        assertThat(again.findings()).isEqualTo(e.findings());
    }

    @Test
    void fixWritesTheComputedValueAndKeepsTheOldOneInTheComment() throws Exception {
        Evaluation e = Evaluator.process(formsWithComputedCells(), dir.resolve("fixed.xlsx"), null, new Options("national", true));
        try (Workbook b = open(e.output())) {
            assertThat(b.getSheet("执行率错").getRow(6).getCell(6).getNumericCellValue()).isEqualTo(1.0);
            assertThat(comment(b, "执行率错", "G7")).contains("原值为 90%，已按规则改为 100.00%");
        }
        assertThat(Evaluator.evaluate(e.output(), Options.DEFAULT).findings())
                .noneMatch(f -> f.code().equals("F001"));
    }

    @Test
    void xlsmKeepsItsMacrosAndItsExtension() throws Exception {
        Path xlsm = TestMacros.xlsmWithVbaPart(dir.resolve("带宏.xlsm"));
        Evaluation e = Evaluator.process(xlsm, null, null, Options.DEFAULT);
        assertThat(e.output().getFileName().toString()).isEqualTo("带宏.checked.xlsm");
        try (ZipFile a = new ZipFile(xlsm.toFile()); ZipFile b = new ZipFile(e.output().toFile())) {
            assertThat(b.getEntry("xl/vbaProject.bin")).isNotNull();
            assertThat(b.getInputStream(b.getEntry("xl/vbaProject.bin")).readAllBytes())
                    .isEqualTo(a.getInputStream(a.getEntry("xl/vbaProject.bin")).readAllBytes());
        }
        try (Workbook b = open(e.output())) {
            assertThat(b.getSheet(WorkbookReader.RESULTS_SHEET)).isNotNull();
        }
    }

    @Test
    void xlsStaysXlsAndIsAnnotated() throws Exception {
        Path xls = Files.copy(Path.of("src/test/resources/golden/R-single-form.xls"), dir.resolve("旧格式.xls"));
        Evaluation e = Evaluator.process(xls, null, null, Options.DEFAULT);
        assertThat(e.output().getFileName().toString()).isEqualTo("旧格式.checked.xls");
        try (Workbook b = open(e.output())) {
            assertThat(b).isInstanceOf(org.apache.poi.hssf.usermodel.HSSFWorkbook.class);
            assertThat(b.getSheet(WorkbookReader.RESULTS_SHEET)).isNotNull();
            assertThat(comment(b, "项目A", "G7")).contains("[S003]");
        }
        Evaluation again = Evaluator.process(e.output(), dir.resolve("again.xls"), null, Options.DEFAULT);
        assertThat(again.findings()).isEqualTo(e.findings());
    }

    @Test
    void aUsersOwnSheetCalled校验结果IsKept() throws Exception {
        Path in = dir.resolve("自带校验结果.xlsx");
        try (Workbook wb = open(EXAMPLE)) {
            Sheet mine = wb.createSheet("校验结果");
            mine.createRow(0).createCell(0).setCellValue("财务科自查记录");
            try (OutputStream out = Files.newOutputStream(in)) {
                wb.write(out);
            }
        }
        Evaluation first = Evaluator.process(in, null, null, Options.DEFAULT);
        Evaluation second = Evaluator.process(first.output(), dir.resolve("again.xlsx"), null, Options.DEFAULT);
        assertThat(second.findings()).isEqualTo(first.findings());
        try (Workbook b = open(second.output())) {
            assertThat(b.getSheet("校验结果").getRow(0).getCell(0).getStringCellValue()).isEqualTo("财务科自查记录");
            assertThat(b.getSheet(WorkbookReader.RESULTS_SHEET_ALT).getRow(0).getCell(0).getStringCellValue()).startsWith("ziping 校验结果");
            assertThat(b.getNumberOfSheets()).isEqualTo(26 + 2);
        }
    }
}
