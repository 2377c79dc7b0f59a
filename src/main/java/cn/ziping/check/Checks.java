package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.model.Submission;
import cn.ziping.score.Profile;
import java.util.ArrayList;
import java.util.List;

/** The explicit registry of checks, and the codes the reader itself reports. */
public final class Checks {

    /** Every check, in catalogue order. */
    public static final List<Check> ALL = List.of(
            new R004RequiredField(),
            new F001ExecutionRate(), new F002ExecutionScore(), new F003ExecutedOverBudget(),
            new F004BudgetAndWeight(), new F005FundParts(), new F006FilledPartRow(), new F007BudgetAdjusted(),
            new F008LowExecutionNoReason(), new F009AmountInYuan(), new F010NegativeAmount(),
            new I001ScoreOutOfRange(), new I002MissingReason(), new I003QuantitativeScore(), new I004TargetTooLow(),
            new I005QualitativeBand(), new I006UnknownGrade(), new I007MissingActual(), new I008ActualNotNumber(),
            new I009WeightTotals(), new I010PrintedParentWeight(), new I011CustomarySplit(),
            new I012WeightOrCategory(), new I013NegativeActual(), new I014NotMeasurable(), new I015UnitMismatch(),
            new I016SatisfactionBasis(),
            new S001TotalScore(), new S002GradeMismatch(), new S003AheadOfSpending(), new S004FullMarksUnderspent(),
            new S005GoalNotReported(),
            new D001RowMatchesSheet(), new D002ClaimedTotals(), new D003BandCounts(), new D004ProjectCount(),
            new D005UnmatchedProject(), new D006DuplicateProject(), new D007CarryOverNoReason(), new D008AmountInYuan(),
            new D009DeadSheetLink(), new N001ReportFigures());

    /** A code the reader reports while reading (read/), with its catalogue entry. */
    public record ReaderCode(String code, Severity severity, String title) {
    }

    public static final List<ReaderCode> READER_CODES = List.of(
            new ReaderCode("R001", Severity.ERROR, "应为自评表的工作表缺少必需的栏目（资金、绩效指标等）"),
            new ReaderCode("R002", Severity.ERROR, "应为数字的单元格无法识别，或是公式错误（#REF!、#DIV/0! 等）"),
            new ReaderCode("R003", Severity.INFO, "模板占位行或空白自评表未删除，或年度指标值未写比较符号而按规则推定"),
            new ReaderCode("R005", Severity.WARNING, "有多张项目自评表但没有汇总表，无法核对单位汇总数据"));

    private Checks() {
    }

    /** Runs every check on a submission. */
    public static List<Finding> run(Submission submission, Profile profile) {
        return run(new Context(submission, profile));
    }

    public static List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Check c : ALL) out.addAll(c.run(ctx));
        return out;
    }
}
