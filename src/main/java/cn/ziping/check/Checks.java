package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Messages;
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
    public record ReaderCode(String code, Severity severity) {

        /** What the reader reports under this code, from the bundle ({@code CODE.title}). */
        public String title() {
            return Messages.text(code + ".title");
        }
    }

    public static final List<ReaderCode> READER_CODES = List.of(
            new ReaderCode("R001", Severity.ERROR),
            new ReaderCode("R002", Severity.ERROR),
            new ReaderCode("R003", Severity.INFO),
            new ReaderCode("R005", Severity.WARNING));

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
