package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ziping.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bounded pool: answers for every file, a stuck file given up and its slot replaced, bugs contained. */
class WorkersTest {

    static final Path EXAMPLE = Path.of("workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx");

    @Test
    void everyFileGetsItsAnswerAndCopiesGetDistinctNames(@TempDir Path out) throws Exception {
        try (Workers w = new Workers(2, Duration.ofMinutes(2))) {
            List<CompletableFuture<Evaluation>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) all.add(w.process(EXAMPLE, null, out, Options.DEFAULT));
            for (CompletableFuture<Evaluation> f : all) {
                Evaluation e = f.get(2, TimeUnit.MINUTES);
                assertThat(e.error()).isNull();
                assertThat(e.count(Severity.ERROR)).isPositive();
                assertThat(e.output()).exists();
            }
            assertThat(all.stream().map(f -> f.join().output()).distinct()).hasSize(4);
            try (var files = Files.list(out)) {
                assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
            }
        }
    }

    @Test
    void aStuckFileIsGivenUpAndItsSlotGoesToTheNext() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        try (Workers w = new Workers(1, Duration.ofMillis(300))) {
            CompletableFuture<Evaluation> hung = w.submit(Path.of("挂起.xlsx"), Options.DEFAULT, () -> {
                while (!release.get()) {
                    Math.sqrt(System.nanoTime()); // busy, like a parser that never ends; not interruptible
                }
                return Evaluation.unreadable(Path.of("挂起.xlsx"), "national", "late");
            });
            Evaluation given = hung.get(30, TimeUnit.SECONDS);
            assertThat(given.exitCode()).isEqualTo(3);
            assertThat(given.error()).contains("挂起.xlsx").contains("秒仍未完成，已放弃");
            assertThat(w.stuck()).isEqualTo(1);
            // the one slot was freed at the limit: the next file runs although the first has not ended
            CompletableFuture<Evaluation> next = w.submit(Path.of("下一个.xlsx"), Options.DEFAULT,
                    () -> Evaluation.unreadable(Path.of("下一个.xlsx"), "national", "ran"));
            assertThat(next.get(30, TimeUnit.SECONDS).error()).isEqualTo("ran");
            // a given-up file that ends late changes no answer and is no longer counted
            release.set(true);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (w.stuck() > 0 && System.nanoTime() < until) Thread.sleep(20);
            assertThat(w.stuck()).isZero();
            assertThat(hung.get().error()).contains("秒仍未完成");
        } finally {
            release.set(true);
        }
    }

    @Test
    void aBugAnswersItsOwnFileOnly() throws Exception {
        try (Workers w = new Workers(2, Duration.ofMinutes(2))) {
            CompletableFuture<Evaluation> bug = w.submit(Path.of("x.xlsx"), Options.DEFAULT, () -> {
                throw new IllegalStateException("boom");
            });
            CompletableFuture<Evaluation> good = w.evaluate(EXAMPLE, Options.DEFAULT);
            assertThatThrownBy(() -> bug.get(1, TimeUnit.MINUTES)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class);
            assertThat(good.get(2, TimeUnit.MINUTES).error()).isNull();
        }
    }

    @Test
    void closingCancelsWhatHasNotStarted() throws Exception {
        Workers w = new Workers(1, Duration.ofMinutes(2));
        java.util.concurrent.CountDownLatch running = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Evaluation> first = w.submit(Path.of("a.xlsx"), Options.DEFAULT, () -> {
            running.countDown();
            Thread.sleep(500);
            return Evaluation.unreadable(Path.of("a.xlsx"), "national", "x");
        });
        CompletableFuture<Evaluation> second = w.evaluate(EXAMPLE, Options.DEFAULT);
        running.await();
        w.close();
        assertThat(second.isCancelled()).isTrue();
        assertThat(first.join().error()).isEqualTo("x");
    }
}
