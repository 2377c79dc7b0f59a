package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.template.ExampleData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The example built from the seed report shows exactly its planted slip (checks.md, last section). */
class ExampleTest {

    static final Path EXAMPLE = Path.of("workbook-templates/examples", ExampleData.FILE_NAME);

    @Test
    void findsExactlyThePlantedSlip() {
        Evaluation e = Evaluator.evaluate(EXAMPLE, Options.DEFAULT);
        String form = "购买消防特种车辆保险费用";
        // One slip, every cell: the summary row and the form's fund rows that hold 67805.20.
        assertThat(e.findings()).extracting(f -> f.cell() + " " + f.code() + " " + f.severity().id())
                .containsExactly("汇总表!C7 D002 error", "汇总表!D25 D008 warning", "汇总表!E25 D008 warning",
                        "汇总表!F25 D008 warning", form + "!C7 D008 warning", form + "!D7 D008 warning",
                        form + "!E7 D008 warning", form + "!C8 D008 warning", form + "!D8 D008 warning",
                        form + "!E8 D008 warning");
        Finding d002 = e.findings().get(0);
        assertThat(d002.message()).contains("全年预算数合计声明为 1851.72 万元", "各项目合计为 69650.14 万元",
                "“购买消防特种车辆保险费用”的 67805.20", "更正为 6.78052 万元，合计正好为 1851.72 万元");
        // The value to type in C7 is the claim itself; the fix belongs in the slip's cells.
        assertThat(d002.expected()).isEqualTo("1851.72");
        assertThat(d002.remedy()).contains("1851.72 不变", "汇总表!E25 等 9 处", "6.78052");
        assertThat(e.findings().subList(1, 10)).allSatisfy(f -> {
            assertThat(f.message()).contains("67805.20", "6.78 万元", "共 9 处");
            assertThat(f.expected()).isEqualTo("6.78052");
        });
        assertThat(e.count(Severity.ERROR)).isEqualTo(1);
        assertThat(e.exitCode()).isEqualTo(1);
    }

    @Test
    void departmentIsComputedFromTheRows() {
        Evaluation e = Evaluator.evaluate(EXAMPLE, Options.DEFAULT);
        assertThat(e.department().name()).isEqualTo("保定市徐水区应急管理局");
        assertThat(e.department().year()).isEqualTo(2024);
        assertThat(e.department().projects()).isEqualTo(25);
        assertThat(e.department().bands()).containsExactly(22, 0, 3);
        assertThat(e.department().budgetTotal()).isEqualByComparingTo("69650.13948"); // exact, as summed
        var carry = e.scores().stream().filter(s -> s.form().displayName().equals("2023年度救灾物资采购资金")).findFirst().orElseThrow();
        assertThat(carry.ratePercent()).isEqualByComparingTo("50.00");
        assertThat(carry.total()).isEqualByComparingTo("50.89");
        assertThat(carry.grade()).isEqualTo("差");
        var big = e.scores().stream().filter(s -> s.form().displayName().equals("河北省保定市基层防灾工程国债项目中央资金")).findFirst().orElseThrow();
        assertThat(big.budget()).isEqualByComparingTo("1133.54");
        assertThat(big.total()).isEqualByComparingTo("100.00");
    }

    @Test
    void everyComputedCellAgreesWithWhatTheUnitTyped() {
        Evaluation e = Evaluator.evaluate(EXAMPLE, Options.DEFAULT);
        assertThat(e.computed()).isNotEmpty();
        assertThat(e.computed()).allSatisfy(c -> assertThat(c.state()).as(c.cell().toString())
                .isEqualTo(cn.ziping.check.ComputedCell.State.AGREES));
    }
}
