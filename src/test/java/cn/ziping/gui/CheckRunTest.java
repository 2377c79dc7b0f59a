package cn.ziping.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Options;
import cn.ziping.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's model with no display: rows, states, progress, results, cancel, bugs. */
class CheckRunTest {

    static final Path EXAMPLE = Path.of("workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx");

    @TempDir
    Path dir;

    final List<RunState> seen = Collections.synchronizedList(new ArrayList<>());

    static RunState awaitEnd(CheckRun run, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            RunState s = run.state();
            if (s.phase() == RunState.Phase.FINISHED || s.phase() == RunState.Phase.CANCELLED) return s;
            Thread.sleep(20);
        }
        throw new AssertionError("run did not end within " + limit + ": " + run.state().phase());
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void checksEachFileAndShowsItsStateProgressAndResult() throws Exception {
        Path book = Files.copy(EXAMPLE, dir.resolve("自评表.xlsx"));
        Path text = Files.writeString(dir.resolve("说明.xlsx"), "这不是工作簿");
        CheckRun run = new CheckRun(CheckRun.EVALUATOR, seen::add);
        assertThat(run.start(List.of(book, text), Options.DEFAULT)).isTrue();
        RunState end = awaitEnd(run, Duration.ofSeconds(120));

        assertThat(end.phase()).isEqualTo(RunState.Phase.FINISHED);
        assertThat(end.done()).isEqualTo(2);
        assertThat(end.total()).isEqualTo(2);
        assertThat(end.progressText()).isEqualTo("已完成：共 2 个文件");
        FileRow first = end.rows().get(0);
        assertThat(first.status()).isEqualTo(FileStatus.ERRORS);
        Evaluation e = first.evaluation();
        assertThat(e.count(Severity.ERROR)).isEqualTo(1);
        assertThat(first.reason()).isEqualTo("发现 1 个错误类问题（错误 1，警告 " + e.count(Severity.WARNING) + "，提示 "
                + e.count(Severity.INFO) + "）；已写出标注后的副本");
        assertThat(first.evaluation().output()).isEqualTo(dir.resolve("自评表.checked.xlsx").toAbsolutePath());
        assertThat(first.evaluation().output()).exists();
        FileRow second = end.rows().get(1);
        assertThat(second.status()).isEqualTo(FileStatus.UNREADABLE);
        assertThat(second.reason()).isNotBlank().doesNotContain("Exception");
        assertThat(Files.exists(dir.resolve("说明.checked.xlsx"))).isFalse();

        // progress went 0 → 1 → 2 while the current file was named
        assertThat(seen).extracting(RunState::phase).contains(RunState.Phase.LISTING, RunState.Phase.RUNNING);
        assertThat(seen.stream().filter(s -> s.phase() == RunState.Phase.RUNNING).map(RunState::progressText))
                .contains("正在检查第 1 / 2 个文件：自评表.xlsx", "正在检查第 2 / 2 个文件：说明.xlsx");
        for (int i = 1; i < seen.size(); i++) assertThat(seen.get(i).done()).isGreaterThanOrEqualTo(seen.get(i - 1).done());

        String line = Details.departmentLine(first.evaluation());
        assertThat(line).contains("单位：保定市徐水区应急管理局", "年度：2024", "项目数：25", "≥90 分：22", "60–90 分：0", "<60 分：3");
        assertThat(Details.findingRows(first.evaluation())).anySatisfy(r -> assertThat(r).containsExactly(
                "错误", "D002", "汇总表!C7", first.evaluation().findings().stream().filter(f -> f.code().equals("D002"))
                        .findFirst().orElseThrow().message()));
        assertThat(Details.projectRows(first.evaluation())).hasSize(25);
        assertThat(Actions.text(first)).contains("[ERROR] 汇总表!C7: ", "[D002]", "25 个项目，错误 1，警告 " + e.count(Severity.WARNING) + "，");
    }

    @Test
    void aSecondStartWhileRunningIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CheckRun run = new CheckRun((f, o, t) -> {
            await(release);
            return Evaluation.unreadable(f, o.profile(), "x");
        }, s -> { });
        assertThat(run.start(List.of(dir.resolve("a.xlsx")), Options.DEFAULT)).isTrue();
        assertThat(run.start(List.of(dir.resolve("b.xlsx")), Options.DEFAULT)).isFalse();
        release.countDown();
        assertThat(awaitEnd(run, Duration.ofSeconds(10)).rows()).extracting(FileRow::name).containsExactly("a.xlsx");
    }

    @Test
    void cancelFinishesTheFileInHandAndTouchesNoOther() throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        CheckRun run = new CheckRun((f, o, t) -> {
            calls.incrementAndGet();
            inHand.countDown();
            await(release);
            return Evaluation.unreadable(f, o.profile(), "不是工作簿");
        }, seen::add);
        List<Path> files = Stream.of("1", "2", "3", "4").map(n -> dir.resolve(n + ".xlsx")).toList();
        run.start(files, Options.DEFAULT);
        assertThat(inHand.await(10, TimeUnit.SECONDS)).isTrue();
        run.cancel();
        assertThat(run.state().phase()).isEqualTo(RunState.Phase.CANCELLING);
        assertThat(run.state().progressText()).startsWith("正在取消：等待当前文件“1.xlsx”完成");
        release.countDown();
        RunState end = awaitEnd(run, Duration.ofSeconds(10));
        assertThat(end.phase()).isEqualTo(RunState.Phase.CANCELLED);
        assertThat(calls).hasValue(1);
        assertThat(end.rows()).extracting(FileRow::status).containsExactly(FileStatus.UNREADABLE, FileStatus.CANCELLED,
                FileStatus.CANCELLED, FileStatus.CANCELLED);
        assertThat(end.progressText()).isEqualTo("已取消：完成 1 / 4 个文件，其余未检查");
    }

    @Test
    void cancelStopsARunOfManyRealFilesPromptlyAndLeavesNoHalfWrittenOutput() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 30; i++) files.add(Files.copy(EXAMPLE, dir.resolve("表" + i + ".xlsx")));
        CheckRun run = new CheckRun(CheckRun.EVALUATOR, s -> { });
        run.start(files, Options.DEFAULT);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (run.state().done() < 1 && System.nanoTime() < deadline) Thread.sleep(10);
        long asked = System.nanoTime();
        run.cancel();
        RunState end = awaitEnd(run, Duration.ofSeconds(30));
        long took = Duration.ofNanos(System.nanoTime() - asked).toMillis();

        assertThat(end.phase()).isEqualTo(RunState.Phase.CANCELLED);
        assertThat(took).as("ms from 取消 to stopped (at most the file in hand)").isLessThan(10_000);
        long done = end.rows().stream().filter(r -> r.status() == FileStatus.ERRORS).count();
        assertThat(done).isEqualTo(end.done()).isBetween(1L, 29L);
        assertThat(end.rows()).filteredOn(r -> r.status() == FileStatus.CANCELLED).hasSize(30 - (int) done);
        try (Stream<Path> left = Files.list(dir)) {
            List<String> names = left.map(p -> p.getFileName().toString()).toList();
            assertThat(names).filteredOn(n -> n.contains(".checked.")).hasSize((int) done);
            assertThat(names).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aBugInOneFileIsApologisedForAndTheOthersStillRun() throws Exception {
        CheckRun run = new CheckRun((f, o, t) -> {
            if (f.getFileName().toString().equals("bug.xlsx")) throw new IllegalStateException("planted bug");
            if (f.getFileName().toString().equals("locked.xlsx")) throw new IOException("拒绝访问");
            return Evaluation.unreadable(f, o.profile(), "不是工作簿");
        }, s -> { });
        run.start(List.of(dir.resolve("bug.xlsx"), dir.resolve("locked.xlsx"), dir.resolve("ok.xlsx")), Options.DEFAULT);
        RunState end = awaitEnd(run, Duration.ofSeconds(10));
        assertThat(end.rows()).extracting(FileRow::status)
                .containsExactly(FileStatus.FAILED, FileStatus.NOT_WRITTEN, FileStatus.UNREADABLE);
        assertThat(end.rows().get(0).reason()).startsWith("抱歉，ziping 内部出错").contains("ziping-error.log")
                .doesNotContain("IllegalStateException", "planted");
        assertThat(end.rows().get(1).reason()).isEqualTo("已检查，但无法写出结果：拒绝访问");
    }

    @Test
    void foldersMeanTheWorkbooksBelowThemWithoutLockFilesAndOurOutputs() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("二级单位"));
        Path empty = Files.createDirectories(dir.resolve("空文件夹"));
        Files.writeString(dir.resolve("a.xlsx"), "");
        Files.writeString(sub.resolve("b.XLS"), "");
        Files.writeString(sub.resolve("c.xlsm"), "");
        Files.writeString(dir.resolve("~$a.xlsx"), "");
        Files.writeString(dir.resolve("a.checked.xlsx"), "");
        Files.writeString(dir.resolve("说明.docx"), "");
        // a named file of another kind is still checked (and refused by the reader); .txt/.docx/.pdf are reports now
        Path given = Files.writeString(dir.resolve("given.csv"), "");
        List<Path> checked = Collections.synchronizedList(new ArrayList<>());
        CheckRun run = new CheckRun((f, o, t) -> {
            checked.add(f);
            return Evaluation.unreadable(f, o.profile(), "不是工作簿");
        }, s -> { });
        run.start(List.of(sub, given, dir.resolve("a.xlsx"), empty), Options.DEFAULT);
        RunState end = awaitEnd(run, Duration.ofSeconds(10));
        assertThat(checked).containsExactly(sub.resolve("b.XLS"), sub.resolve("c.xlsm"), given, dir.resolve("a.xlsx"));
        assertThat(end.rows()).last().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FileStatus.NO_WORKBOOK);
            assertThat(r.file()).isEqualTo(empty);
        });
        assertThat(end.phase()).isEqualTo(RunState.Phase.FINISHED);
    }
}
