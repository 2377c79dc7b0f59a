package cn.ziping.check;

import static cn.ziping.check.CheckTestSupport.error;
import static cn.ziping.check.CheckTestSupport.fires;
import static cn.ziping.check.CheckTestSupport.info;
import static cn.ziping.check.CheckTestSupport.run;
import static cn.ziping.check.CheckTestSupport.silent;
import static cn.ziping.check.CheckTestSupport.warning;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.model.ProjectForm;
import org.junit.jupiter.api.Test;

class TotalAndDepartmentChecksTest {

    static Context ctx(Model m) {
        return Model.context(m.build());
    }

    @Test
    void s001TypedTotalAgainstTypedParts() {
        Model m = new Model();
        m.totalScore = "95";
        fires(new S001TotalScore(), ctx(m), error("H21"));
        Model wrongPart = new Model().set(0, 4, "45人次").set(0, 7, "x");
        silent(new S001TotalScore(), ctx(wrongPart));
        silent(new S001TotalScore(), ctx(new Model()));
    }

    @Test
    void s002GradeAgainstTotal() {
        Model m = new Model();
        m.grade = "良";
        fires(new S002GradeMismatch(), ctx(m), error("H22"));
        silent(new S002GradeMismatch(), ctx(new Model()));
    }

    @Test
    void s003IndicatorsAheadOfSpending() {
        fires(new S003AheadOfSpending(), ctx(new Model().execution("100", "50", "0.5", "5")), warning("G7"));
        silent(new S003AheadOfSpending(), ctx(new Model().execution("100", "95", "0.95", "9.5")));
    }

    @Test
    void s004FullMarksUnderspent() {
        fires(new S004FullMarksUnderspent(), ctx(new Model().execution("100", "95", "0.95", "9.5")), info("G7"));
        silent(new S004FullMarksUnderspent(), ctx(new Model()));
    }

    @Test
    void s005GoalNotReported() {
        Model copy = new Model();
        copy.goalActual = copy.goalExpected;
        fires(new S005GoalNotReported(), ctx(copy), warning("F12"));
        Model number = new Model();
        number.goalActual = "100%";
        fires(new S005GoalNotReported(), ctx(number), warning("F12"));
        silent(new S005GoalNotReported(), ctx(new Model()));
    }

    static Model.Dept dept(String... row) {
        return new Model.Dept().row(row);
    }

    @Test
    void d001RowAgainstSheet() {
        ProjectForm f = new Model().build();
        fires(new D001RowMatchesSheet(), dept("测试项目", "项目A", "100", "90", "1", "95", "优").context(f),
                error("F14"), error("H14"));
        silent(new D001RowMatchesSheet(), dept("测试项目", "项目A", "100", "100", "1", "100", "优").context(f));
    }

    @Test
    void d002ClaimedTotalsWithReconcilingNote() {
        ProjectForm a = new Model("A").build();
        Model.Dept d = new Model.Dept().row("A", "A", "3", null, null, null, null).row("B", null, "4", null, null, null, null)
                .row("C", null, "67805.2", null, null, null, null).row("D", null, "5", null, null, null, null);
        d.budget = "18.78052";
        var found = run(new D002ClaimedTotals(), d.context(a));
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.cell().a1()).isEqualTo("C7");
            assertThat(x.message()).contains("各项目合计为 67817.20 万元").contains("更正为 6.78052 万元，合计正好为 18.78052 万元");
        });
        d.budget = "67817.2";
        silent(new D002ClaimedTotals(), d.context(a));
    }

    @Test
    void d003BandCountsAgainstComputedTotals() {
        Model low = new Model("B").set(4, 4, "未达成年度指标且效果较差").set(4, 6, "5").set(4, 7, "x");
        Model.Dept d = new Model.Dept().row("测试项目", "A", null, null, null, null, null).row("测试项目", "B", null, null, null, null, null);
        d.ge90 = "2";
        d.mid = "0";
        fires(new D003BandCounts(), d.context(new Model("A").build(), low.build()), error("C9"), error("C10"));
        d.ge90 = "1";
        d.mid = "1";
        silent(new D003BandCounts(), d.context(new Model("A").build(), low.build()));
    }

    @Test
    void d004ClaimedCount() {
        Model.Dept d = dept("测试项目", "项目A", null, null, null, null, null);
        d.count = "2";
        fires(new D004ProjectCount(), d.context(new Model().build()), error("C6"));
        d.count = "1";
        silent(new D004ProjectCount(), d.context(new Model().build()));
    }

    @Test
    void d005UnlistedSheetAndRowWithoutSheet() {
        fires(new D005UnmatchedProject(), dept("别的项目", "X", null, null, null, null, null).context(new Model().build()),
                error("C4"), error("L14"));
        silent(new D005UnmatchedProject(), dept("测试项目", null, null, null, null, null, null).context(new Model().build()));
    }

    @Test
    void d006DuplicateRow() {
        Model.Dept d = dept("测试项目", "项目A", null, null, null, null, null).row("测试项目", null, null, null, null, null, null);
        fires(new D006DuplicateProject(), d.context(new Model().build()), warning("B15"));
        silent(new D006DuplicateProject(), dept("测试项目", "项目A", null, null, null, null, null).context(new Model().build()));
    }

    @Test
    void d007CarryOverBelowSixtyWithoutReason() {
        Model low = new Model().execution("100", "40", "0.4", "4");
        for (int i = 0; i < 7; i++) low.set(i, 6, "1");
        low.set(0, 4, "2人次");
        low.set(1, 4, "9.5%");
        low.set(6, 4, "9%");
        low.set(3, 4, "100万元");
        Model.Dept d = dept("测试项目", "项目A", null, null, null, null, null, "是");
        fires(new D007CarryOverNoReason(), d.context(low.build()), warning("H21"));
        silent(new D007CarryOverNoReason(), dept("测试项目", "项目A", null, null, null, null, null, "否").context(low.build()));
        silent(new D007CarryOverNoReason(), dept("测试项目", "项目A", null, null, null, null, null, "是", "结转资金拨付晚")
                .context(low.build()));
    }

    @Test
    void d008AmountInYuanAmongTheDepartment() {
        ProjectForm a = new Model().build();
        Model.Dept d = new Model.Dept().row("测试项目", "项目A", "3", null, null, null, null)
                .row("B", null, "37.2", null, null, null, null).row("C", null, "6.5", null, null, null, null)
                .row("D", null, "1133.54", null, null, null, null).row("E", null, "9.5", null, null, null, null)
                .row("F", null, "67805.2", null, null, null, null);
        var found = run(new D008AmountInYuan(), d.context(a));
        // Every cell of the row holding the slip, so it is fixed in one pass.
        assertThat(found).extracting(x -> x.cell().a1()).containsExactly("D19", "E19");
        assertThat(found.get(0).expected()).isEqualTo("6.78052");
        Model.Dept legit = new Model.Dept().row("测试项目", "项目A", "3", null, null, null, null)
                .row("B", null, "37.2", null, null, null, null).row("C", null, "6.5", null, null, null, null)
                .row("D", null, "1133.54", null, null, null, null).row("E", null, "9.5", null, null, null, null);
        silent(new D008AmountInYuan(), legit.context(a));
    }
}
