package cn.ziping.check;

import static cn.ziping.check.CheckTestSupport.error;
import static cn.ziping.check.CheckTestSupport.fires;
import static cn.ziping.check.CheckTestSupport.info;
import static cn.ziping.check.CheckTestSupport.run;
import static cn.ziping.check.CheckTestSupport.silent;
import static cn.ziping.check.CheckTestSupport.warning;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FundChecksTest {

    static Context ctx(Model m) {
        return Model.context(m.build());
    }

    @Test
    void cleanProjectRaisesNothingAnywhere() {
        Context c = ctx(new Model());
        for (Check check : Checks.ALL) silent(check, c);
    }

    @Test
    void f001RateDiffers() {
        Model m = new Model().execution("43.2", "37.24", "0.9", "8.62");
        fires(new F001ExecutionRate(), ctx(m), error("G7"));
        assertThat(run(new F001ExecutionRate(), ctx(m)).get(0).message())
                .isEqualTo("执行率应为 86.20%（37.24 ÷ 43.20），表中为 0.9");
        silent(new F001ExecutionRate(), ctx(new Model().execution("43.2", "37.24", "0.862", "8.62")));
        fires(new F001ExecutionRate(), ctx(new Model().execution("43.2", "37.24", "0.86", "8.62")), info("G7"));
    }

    @Test
    void f002ScoreDiffersButIntegerRoundingIsInfo() {
        fires(new F002ExecutionScore(), ctx(new Model().execution("100", "86.2", "0.862", "8")), error("H7"));
        fires(new F002ExecutionScore(), ctx(new Model().execution("100", "86.2", "0.862", "9")), info("H7"));
        fires(new F002ExecutionScore(), ctx(new Model().execution("100", "96.5", "0.965", "10")), error("H7"));
        silent(new F002ExecutionScore(), ctx(new Model().execution("100", "86.2", "0.862", "8.62")));
    }

    @Test
    void f003ExecutedOverBudget() {
        fires(new F003ExecutedOverBudget(), ctx(new Model().execution("100", "105", "1.05", "10")), error("E7"));
        silent(new F003ExecutedOverBudget(), ctx(new Model()));
    }

    @Test
    void f004NoBudgetOrWrongWeight() {
        Model m = new Model().execution(null, "50", null, null);
        m.current[1] = null;
        fires(new F004BudgetAndWeight(), ctx(m), error("D7"));
        Model w = new Model();
        w.total[3] = "20";
        fires(new F004BudgetAndWeight(), ctx(w), error("F7"));
        silent(new F004BudgetAndWeight(), ctx(new Model()));
    }

    @Test
    void f005PartsDoNotAddUp() {
        Model m = new Model();
        m.current = new String[] {"60", "60", "60", null, null, null};
        m.carry = new String[] {"40", "30", "40", null, null, null};
        fires(new F005FundParts(), ctx(m), error("D7"));
        Model yuan = new Model();
        yuan.current[2] = "1000000元";
        silent(new F005FundParts(), ctx(yuan));
        Model blank = new Model();
        blank.current = new String[6];
        silent(new F005FundParts(), ctx(blank));
    }

    @Test
    void f006PartRowScored() {
        Model m = new Model();
        m.current[3] = "10";
        fires(new F006FilledPartRow(), ctx(m), warning("F8"));
        silent(new F006FilledPartRow(), ctx(new Model()));
    }

    @Test
    void f007BudgetAdjusted() {
        Model m = new Model();
        m.total[0] = "80";
        m.current[0] = "80";
        fires(new F007BudgetAdjusted(), ctx(m), info("C7"));
        silent(new F007BudgetAdjusted(), ctx(new Model()));
    }

    @Test
    void f008LowExecutionWithoutReason() {
        Model m = new Model().execution("100", "50", "0.5", "5");
        fires(new F008LowExecutionNoReason(), ctx(m), warning("G7"));
        m.set(0, 7, "资金拨付较晚");
        silent(new F008LowExecutionNoReason(), ctx(m));
    }

    @Test
    void f009AmountTypedInYuan() {
        Model m = new Model().execution("6.78", "67805.2", "1", "10");
        m.current[2] = "6.78";
        fires(new F009AmountInYuan(), ctx(m), warning("E7"));
        assertThat(run(new F009AmountInYuan(), ctx(m)).get(0).message()).isEqualTo("67805.20 可能以元填写，折合 6.78 万元");
        Model text = new Model();
        text.current[2] = "1000000元";
        fires(new F009AmountInYuan(), ctx(text), warning("E8"));
        silent(new F009AmountInYuan(), ctx(new Model()));
    }

    @Test
    void f010NegativeAmount() {
        Model m = new Model();
        m.other[1] = "-5";
        fires(new F010NegativeAmount(), ctx(m), error("D10"));
        silent(new F010NegativeAmount(), ctx(new Model()));
    }

    @Test
    void r004RequiredFieldEmpty() {
        Model m = new Model();
        m.unit = "";
        m.year = "";
        fires(new R004RequiredField(), ctx(m), warning("G5"), warning("A3"));
        silent(new R004RequiredField(), ctx(new Model()));
    }
}
