package cn.ziping.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool for front ends that evaluate many files or live long (batch, mail, the window).
 * At most {@code threads} files run at once, each on a thread of its own. POI cannot be
 * interrupted, so a file past the time limit is given up: its future completes with an
 * unreadable {@link Evaluation} ("…超过 N 秒…"), its slot goes at once to the next file (the stuck
 * worker is replaced), and its thread is left to end by itself at the lowest priority and counted
 * in {@link #stuck()}. It is not stopped: {@code Thread.stop} can strike inside a class's static
 * initialiser or a shared cache of POI/XMLBeans and break every later file of a long-lived
 * process, which is worse than one thread finishing late. One hostile file costs one answer,
 * never the run or the service.
 *
 * <p>A bug in one file (a runtime exception or error) completes that file's future exceptionally;
 * an {@link IOException} from writing the copy likewise. Other files are unaffected.
 */
public final class Workers implements AutoCloseable {

    private record Task(Path file, Options options, Callable<Evaluation> work, CompletableFuture<Evaluation> result) {
    }

    private final Duration limit;
    private final Semaphore free;
    private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final ScheduledExecutorService watchdog;
    private final Thread starter;
    private final AtomicInteger stuck = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();
    /** Outputs written by this pool's process calls, so same-named inputs never collide. */
    private final Set<Path> taken = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public Workers(int threads, Duration timeLimit) {
        if (threads < 1) throw new IllegalArgumentException("threads < 1");
        this.limit = timeLimit;
        this.free = new Semaphore(threads);
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ziping-watchdog"));
        this.starter = daemon(this::startLoop, "ziping-starter");
        starter.start();
    }

    /** With the default time limit ({@code -Dziping.timeLimitSeconds}, 300 s). */
    public Workers(int threads) {
        this(threads, Evaluator.TIME_LIMIT);
    }

    /** Reads and checks {@code file}; see {@link Evaluator#evaluate}. */
    public CompletableFuture<Evaluation> evaluate(Path file, Options options) {
        return submit(file, options, () -> Evaluator.evaluateNow(file, options));
    }

    /** Checks {@code file} and writes its annotated copy; see {@link Evaluator#process}. */
    public CompletableFuture<Evaluation> process(Path file, Path output, Path outDir, Options options) {
        return submit(file, options, () -> {
            try {
                return Evaluator.processNow(file, output, outDir, options, taken);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
    }

    /** Files given up past the time limit whose threads have not ended yet. */
    public int stuck() {
        return stuck.get();
    }

    /** Stops taking files; files already submitted and not started complete exceptionally. */
    @Override
    public void close() {
        closed = true;
        starter.interrupt();
        Task t;
        while ((t = queue.poll()) != null) t.result().cancel(false);
        watchdog.shutdownNow();
    }

    CompletableFuture<Evaluation> submit(Path file, Options options, Callable<Evaluation> work) {
        CompletableFuture<Evaluation> result = new CompletableFuture<>();
        if (closed) {
            result.cancel(false);
            return result;
        }
        queue.add(new Task(file, options, work, result));
        return result;
    }

    private void startLoop() {
        try {
            while (!closed) {
                free.acquire();
                Task task = queue.take();
                if (task.result().isDone()) { // cancelled by the caller before it started
                    free.release();
                    continue;
                }
                start(task);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final int RUNNING = 0, DONE = 1, GIVEN_UP = 2;

    /**
     * Runs {@code task} on a thread of its own. Whichever comes first settles the task: the worker
     * finishing (its answer, its slot back) or the watchdog at the limit (the timeout answer, the
     * slot to the next file, the worker counted as stuck until its thread ends).
     */
    private void start(Task task) {
        AtomicInteger state = new AtomicInteger(RUNNING);
        Thread worker = daemon(() -> {
            Evaluation e = null;
            Throwable failure = null;
            try {
                e = task.work().call();
            } catch (Throwable t) { // a bug or an I/O error in this file: this file's answer only
                failure = t;
            }
            if (state.compareAndSet(RUNNING, DONE)) {
                if (failure == null) task.result().complete(e);
                else task.result().completeExceptionally(failure);
                free.release();
            } else {
                stuck.decrementAndGet(); // given up earlier; its thread ends now
            }
        }, "ziping-" + started.incrementAndGet() + "-" + task.file().getFileName());
        worker.start();
        watchdog.schedule(() -> {
            if (state.compareAndSet(RUNNING, GIVEN_UP)) {
                stuck.incrementAndGet();
                task.result().complete(Evaluation.unreadable(task.file(), task.options().profile(),
                        Evaluator.timeLimitMessage(task.file(), limit)));
                free.release();
                worker.setPriority(Thread.MIN_PRIORITY);
            }
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
