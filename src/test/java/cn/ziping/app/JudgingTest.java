package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.TestBooks;
import cn.ziping.model.Finding;
import cn.ziping.report.JsonReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How ziping judges (scoring.md §8): a certain error is never silenced by a suspicion, nothing rests
 * on a value that could not be read, a score that cannot be computed is not 0. Every case goes
 * through a workbook and {@link Evaluator#evaluate}. Cells below are those of
 * {@link TestBooks#standardForm()}: row 7 年度资金总额, rows 8–10 其中, rows 14–18 indicators, 19 总分.
 */
class JudgingTest {

    @TempDir
    Path dir;

    static Object[][] form() {
        return Arrays.stream(TestBooks.standardForm()).map(r -> r == null ? null : r.clone()).toArray(Object[][]::new);
    }

    Evaluation evaluate(String name, Object[][] rows) throws Exception {
        Path p = new TestBooks().sheet("项目A", rows).write(dir.resolve(name + ".xlsx"));
        return Evaluator.evaluate(p, Options.DEFAULT);
    }

    static List<String> codes(Evaluation e) {
        return e.findings().stream().map(f -> f.cell().a1() + " " + f.code()).toList();
    }

    static Finding one(Evaluation e, String a1, String code) {
        return e.findings().stream().filter(f -> f.cell().a1().equals(a1) && f.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(a1 + " " + code + " not in " + codes(e)));
    }

    static JsonNode json(Evaluation e) throws Exception {
        return new ObjectMapper().readTree(JsonReport.render(List.of(e)));
    }

    /** Item 7: F005 fires although a 其中 amount typed in 元 explains it, naming it; F009 still marks it. */
    @Test
    void aSuspicionNeverSilencesACertainError() throws Exception {
        Object[][] rows = form();
        rows[7][3] = 1000000; // 当年财政拨款 全年预算数 typed in 元 under a total of 100 万元
        Evaluation e = evaluate("f005-f009", rows);
        Finding f005 = one(e, "D7", "F005");
        assertThat(f005.message()).contains("为 100.00", "之和为 1000000.00", "当年财政拨款的 1000000.00（疑似以元填写）",
                "更正为 100 万元，合计正好为 100.00 万元");
        assertThat(f005.expected()).isEqualTo("100.00"); // the total is right: not 1000000
        assertThat(f005.remedy()).contains("D8", "更正为 100");
        assertThat(one(e, "D8", "F009").expected()).isEqualTo("100");
        assertThat(e.exitCode()).isEqualTo(1);
    }

    /** Without a 元 suspect, F005 expects the sum of the 其中 rows (the value to type in the total). */
    @Test
    void withoutASuspectF005SaysTheSum() throws Exception {
        Object[][] rows = form();
        rows[7][3] = 60;
        rows[8][3] = 30;
        Evaluation e = evaluate("f005", rows);
        assertThat(one(e, "D7", "F005").expected()).isEqualTo("90.00");
        assertThat(one(e, "D7", "F005").message()).doesNotContain("疑似");
    }

    /** Two 其中 rows of 60 + 40 (and 50 + 36.2 spent), so that every fund column has an identity to judge. */
    static Object[][] twoParts() {
        Object[][] rows = form();
        rows[7][2] = 60;
        rows[7][3] = 60;
        rows[7][4] = 50;
        rows[8][2] = 40;
        rows[8][3] = 40;
        rows[8][4] = 36.2;
        return rows;
    }

    /** Item 8: a 年初预算数 typed as text gives R002 and nothing else — no F005 saying the total is 空. */
    @Test
    void anUnreadableInitialBudgetIsOnlyR002() throws Exception {
        Object[][] rows = twoParts();
        rows[6][2] = "一百万";
        Evaluation e = evaluate("initial-text", rows);
        assertThat(codes(e)).contains("C7 R002").noneMatch(c -> c.startsWith("C7 F"));
        assertThat(e.findings()).noneMatch(f -> f.message().contains("空"));
    }

    /**
     * Item 8, the mechanism: making any one number cell of a clean form unreadable adds its R002
     * and no other finding, and no message calls anything 空.
     */
    @Test
    void anyUnreadableNumberAddsOnlyItsR002() throws Exception {
        List<String> clean = codes(evaluate("clean", twoParts()));
        int[][] cells = {{6, 2}, {6, 3}, {6, 4}, {6, 5}, {6, 6}, {6, 7}, {7, 2}, {7, 3}, {7, 4}, {8, 2}, {8, 3}, {8, 4},
            {13, 6}, {14, 6}, {15, 6}, {16, 6}, {17, 6}, {13, 7}, {14, 7}, {15, 7}, {16, 7}, {17, 7}, {18, 6}, {18, 7}};
        for (int[] c : cells) {
            Object[][] rows = twoParts();
            rows[c[0]][c[1]] = "见附件";
            Evaluation e = evaluate("unreadable-" + c[0] + "-" + c[1], rows);
            String at = new cn.ziping.model.CellRef("项目A", c[0], c[1]).a1();
            List<String> added = new ArrayList<>(codes(e));
            assertThat(added).as(at).contains(at + " R002");
            added.remove(at + " R002");
            added.removeAll(clean);
            assertThat(added).as("findings that rest on unreadable " + at).isEmpty();
            assertThat(e.findings()).as(at).noneMatch(f -> f.message().contains("为空") || f.message().contains("为 空"));
        }
    }

    /** Item 9: units that do not convert keep the typed score, and the finding says so. */
    @Test
    void aScoreThatCannotBeComputedCountsAsTyped() throws Exception {
        Object[][] rows = form();
        rows[13][4] = "≥8900平方米";
        rows[13][5] = "9145亩";
        Evaluation e = evaluate("units", rows);
        assertThat(e.scores().get(0).total()).isEqualByComparingTo("96.62");
        assertThat(e.scores().get(0).grade()).isEqualTo("优");
        assertThat(one(e, "F14", "I015").message()).contains("无法换算", "按表中得分 30.00 计入总分");

        rows[13][7] = null; // and no typed score either: no 总分 at all, never one built from a made-up 0
        Evaluation blank = evaluate("units-blank", rows);
        assertThat(blank.scores().get(0).total()).isNull();
        assertThat(one(blank, "F14", "I015").message()).contains("项目总分无法计算");
        assertThat(json(blank).get("projects").get(0).get("totalScore").isNull()).isTrue();
    }

    /** Item 9: a form never filled in has no 总分 and no 等级: null in JSON, nothing filled in the copy. */
    @Test
    void aFormNeverFilledInHasNoTotal() throws Exception {
        Object[][] rows = form();
        for (int r = 13; r <= 17; r++) {
            rows[r][5] = null;
            rows[r][7] = null;
        }
        rows[6][6] = null;
        rows[6][7] = null;
        rows[18][7] = null;
        rows[19][7] = null;
        Path p = new TestBooks().sheet("项目A", rows).write(dir.resolve("unfilled.xlsx"));
        Evaluation e = Evaluator.evaluate(p, Options.DEFAULT);
        assertThat(e.scores().get(0).total()).isNull();
        assertThat(e.scores().get(0).grade()).isNull();
        JsonNode project = json(e).get("projects").get(0);
        assertThat(project.get("totalScore").isNull()).isTrue();
        assertThat(project.get("grade").isNull()).isTrue();
        assertThat(project.get("executionRate").decimalValue()).isEqualByComparingTo("86.20"); // what can be computed is
        Evaluation processed = Evaluator.process(p, null, dir.resolve("out"), Options.DEFAULT);
        try (InputStream in = Files.newInputStream(processed.output()); Workbook wb = WorkbookFactory.create(in)) {
            var sh = wb.getSheet("项目A");
            assertThat(sh.getRow(18).getCell(7) == null || sh.getRow(18).getCell(7).toString().isBlank()).as("总分").isTrue();
            assertThat(sh.getRow(19).getCell(7) == null || sh.getRow(19).getCell(7).toString().isBlank()).as("等级").isTrue();
            assertThat(sh.getRow(6).getCell(7).getNumericCellValue()).isEqualTo(8.62); // the execution score is filled
        }
    }

    /** Item 10: 0/0/0 on 年度资金总额 above one filled 其中 row: scored from the 其中 row, one F005 per column. */
    @Test
    void aZeroTotalAboveOnePartIsF005InEveryColumn() throws Exception {
        Object[][] rows = form();
        rows[6][2] = 0;
        rows[6][3] = 0;
        rows[6][4] = 0;
        rows[7][2] = 90;
        rows[7][3] = 89.974;
        rows[7][4] = 89.974;
        rows[6][6] = null;
        rows[6][7] = null;
        rows[18][7] = null;
        Evaluation e = evaluate("zero-total", rows);
        assertThat(codes(e)).contains("C7 F005", "D7 F005", "E7 F005");
        assertThat(one(e, "D7", "F005").expected()).isEqualTo("89.974");
        assertThat(e.scores().get(0).budget()).isEqualByComparingTo("89.974");
        assertThat(e.scores().get(0).ratePercent()).isEqualByComparingTo("100.00");
    }

    /** Item 14: JSON amounts are exact; rates and scores keep 2 decimals. */
    @Test
    void jsonAmountsAreExact() throws Exception {
        Object[][] rows = form();
        rows[6][2] = 7.80494;
        rows[6][3] = 7.80494;
        rows[6][4] = 7.80494;
        rows[7][2] = 7.80494;
        rows[7][3] = 7.80494;
        rows[7][4] = 7.80494;
        rows[6][6] = null;
        rows[6][7] = null;
        rows[15][4] = "≤8万元";
        rows[15][5] = "7.8万元";
        Evaluation e = evaluate("exact", rows);
        JsonNode p = json(e).get("projects").get(0);
        assertThat(p.get("budget").decimalValue()).isEqualByComparingTo("7.80494");
        assertThat(p.get("executed").decimalValue()).isEqualByComparingTo("7.80494");
        String text = JsonReport.render(List.of(e));
        assertThat(text).contains("\"budget\" : 7.80494,", "\"executionRate\" : 100.00,", "\"totalScore\" : 98.00,");
    }

    /**
     * Item 13: amounts typed as text ("6.5万元", "1,133.54") are read, but Excel's SUM skips them: the
     * 合计 row's D002 names those cells as the cause, rounds its figure, and expects no value there.
     */
    @Test
    void textAmountsExplainTheTotalRow() throws Exception {
        Path p = dir.resolve("text-amounts.xlsx");
        try (InputStream in = Files.newInputStream(ExampleTest.EXAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            var sh = wb.getSheet("汇总表");
            for (var row : sh) {
                var c = row.getCell(4);
                if (c == null || c.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) continue;
                if (c.getNumericCellValue() == 6.5) c.setCellValue("6.5万元");
                else if (c.getNumericCellValue() == 1133.54) c.setCellValue("1,133.54");
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(p, Options.DEFAULT);
        Finding total = e.findings().stream().filter(f -> f.code().equals("D002") && f.message().startsWith("合计行的全年预算数"))
                .findFirst().orElseThrow(() -> new AssertionError(codes(e).toString()));
        assertThat(total.message()).contains("为 68510.10 万元", "各项目合计为 69650.14 万元", "（“6.5万元”）", "（“1,133.54”）",
                "以文本填写", "SUM 不计").doesNotContain("68510.09948");
        assertThat(total.expected()).isNull();
        assertThat(total.remedy()).contains("改为数字");
        // The text amounts themselves are read as the numbers they say: the department total is unchanged.
        assertThat(e.department().budgetTotal()).isEqualByComparingTo("69650.13948");
    }

    /** Item 12: the 应为 column of 校验结果 says which cells to fix where a suspect explains the gap. */
    @Test
    void theResultsSheetSaysWhereToFix() throws Exception {
        Evaluation e = Evaluator.process(ExampleTest.EXAMPLE, null, dir, Options.DEFAULT);
        try (InputStream in = Files.newInputStream(e.output()); Workbook wb = WorkbookFactory.create(in)) {
            var sh = wb.getSheet("校验结果");
            String d002 = null;
            String d008 = null;
            for (var row : sh) {
                var code = row.getCell(2);
                if (code == null || row.getCell(5) == null) continue;
                if (code.toString().equals("D002")) d002 = row.getCell(5).getStringCellValue();
                if (code.toString().equals("D008") && d008 == null) d008 = row.getCell(5).getStringCellValue();
            }
            assertThat(d002).contains("1851.72 不变", "汇总表!E25 等 9 处", "67805.20", "6.78052").doesNotContain("69650");
            assertThat(d008).isEqualTo("6.78052");
        }
    }

    /**
     * Item 9 in a department: a project whose form was never filled in (no 完成值, no 得分) is in no
     * band, so the claimed 22 / 0 / 3 raises no D003 — not two false errors from a made-up "10 分，差".
     */
    @Test
    void anUnfilledProjectIsInNoBand() throws Exception {
        Path p = dir.resolve("unfilled-project.xlsx");
        try (InputStream in = Files.newInputStream(ExampleTest.EXAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            var sh = wb.getSheet("应急值班值守经费");
            for (int r = 13; sh.getRow(r) != null && !sh.getRow(r).getCell(0).toString().startsWith("总分"); r++) {
                for (int c : new int[] {5, 7}) {
                    if (sh.getRow(r).getCell(c) != null) sh.getRow(r).getCell(c).setBlank();
                }
            }
            try (var out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(p, Options.DEFAULT);
        var project = e.scores().stream().filter(s -> s.form().sheet().equals("应急值班值守经费")).findFirst().orElseThrow();
        assertThat(project.total()).isNull();
        assertThat(e.department().bands()).containsExactly(21, 0, 3);
        assertThat(codes(e)).noneMatch(c -> c.contains("D003")).anyMatch(c -> c.contains("I007"));
    }

    /** Item 12 for F001/F002: a rate computed from a 元 suspect is no value to type. */
    @Test
    void aRateFromASuspectExpectsNothing() throws Exception {
        Object[][] rows = form();
        rows[6][4] = 1000000; // 全年执行数 in 元 against 100 万元
        rows[7][4] = 100;
        rows[6][6] = "100%";
        rows[6][7] = 10;
        Evaluation e = evaluate("rate-suspect", rows);
        assertThat(codes(e)).contains("E7 F009", "E7 F003");
        Finding f001 = one(e, "G7", "F001");
        assertThat(f001.expected()).isNull();
        assertThat(f001.message()).contains("疑似以元填写");
        assertThat(f001.remedy()).contains("更正");
    }

    /** Item 12 for D001: a row fixed by the user against a sheet still holding the 元 slip expects the row's value. */
    @Test
    void aRowAgainstASuspectSheetExpectsItsOwnValue() throws Exception {
        Path p = dir.resolve("row-fixed.xlsx");
        try (InputStream in = Files.newInputStream(ExampleTest.EXAMPLE); Workbook wb = WorkbookFactory.create(in)) {
            wb.getSheet("汇总表").getRow(24).getCell(4).setCellValue(6.78052);
            try (var out = Files.newOutputStream(p)) {
                wb.write(out);
            }
        }
        Evaluation e = Evaluator.evaluate(p, Options.DEFAULT);
        Finding d001 = one(e, "E25", "D001");
        assertThat(d001.expected()).isEqualTo("6.78052");
        assertThat(d001.remedy()).contains("购买消防特种车辆保险费用!D7", "67805.20");
    }

    /** §8 rule 2's certain cause: a 分值 of 20 on the execution row (F004) explains a 总分 分值 of 110; I009 stays silent. */
    @Test
    void aWrongExecutionWeightExplainsTheTotalWeight() throws Exception {
        Object[][] rows = form();
        rows[6][5] = 20;
        rows[18][6] = 110;
        Evaluation e = evaluate("weight-20", rows);
        assertThat(codes(e)).contains("F7 F004").doesNotContain("G19 I009");
        rows[18][6] = 120; // not explained by it: both are said
        assertThat(codes(evaluate("weight-20-120", rows))).contains("F7 F004", "G19 I009");
    }
}
