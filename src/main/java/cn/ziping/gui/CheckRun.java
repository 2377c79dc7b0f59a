package cn.ziping.gui;

import cn.ziping.app.ErrorLog;
import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Inputs;
import cn.ziping.app.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The window's model, free of any display: the files of a run, their states, the progress and the
 * results, and cancelling. Files are checked one after another on a worker thread; every change is
 * published as an immutable {@link RunState} to the listener (on the worker thread: a view must
 * hand it over to its own thread). Cancelling takes effect between files: the file in hand is
 * finished (its copy is written atomically, so it is either complete or absent) and the rest are
 * not touched.
 */
public final class CheckRun {

    /** Checks one file and writes its annotated copy; {@code taken} holds this run's outputs. */
    @FunctionalInterface
    public interface Processor {
        Evaluation process(Path file, Options options, Set<Path> taken) throws IOException;
    }

    /** The window's processor: {@link Evaluator#process} writing {@code NAME.checked.xlsx} beside the input. */
    public static final Processor EVALUATOR = (file, options, taken) -> Evaluator.process(file, null, null, options, taken);

    private final Processor processor;
    private final Consumer<RunState> listener;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ziping-gui-worker");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean cancelRequested;
    private RunState state = RunState.IDLE;

    public CheckRun(Processor processor, Consumer<RunState> listener) {
        this.processor = processor;
        this.listener = listener;
    }

    public synchronized RunState state() {
        return state;
    }

    /**
     * Starts checking {@code inputs} (files, or folders to search) with {@code options}, replacing
     * the previous run's rows. Returns false, and does nothing, while a run is going on.
     */
    public boolean start(List<Path> inputs, Options options) {
        synchronized (this) {
            if (state.busy()) return false;
            cancelRequested = false;
            publish(new RunState(List.of(), 0, 0, null, RunState.Phase.LISTING));
        }
        worker.execute(() -> run(List.copyOf(inputs), options));
        return true;
    }

    /** Asks the run to stop after the file in hand; the files after it are marked cancelled. */
    public void cancel() {
        cancelRequested = true;
        synchronized (this) {
            if (state.phase() == RunState.Phase.RUNNING) {
                publish(new RunState(state.rows(), state.done(), state.total(), state.current(), RunState.Phase.CANCELLING));
            }
        }
    }

    private void run(List<Path> inputs, Options options) {
        List<FileRow> rows = new ArrayList<>();
        int done = 0;
        try {
            // reports come attached (options) or among the inputs; folders are searched for workbooks only
            List<Path> reports = new ArrayList<>();
            if (options.report() != null) reports.add(options.report());
            List<Path> books = new ArrayList<>();
            for (Path p : inputs) {
                boolean report = !Files.isDirectory(p) && p.getFileName() != null && ReportPairing.isReportName(p.getFileName().toString());
                (report ? reports : books).add(p);
            }
            Inputs.Expanded found = Inputs.scan(books);
            ReportPairing.Pairs pairs = ReportPairing.pair(found.files(), reports);
            for (Path p : found.files()) rows.add(FileRow.waiting(p));
            for (Path folder : found.emptyFolders()) rows.add(FileRow.emptyFolder(folder));
            for (Path report : pairs.unused()) rows.add(FileRow.unusedReport(report, found.files().isEmpty()));
            done = found.emptyFolders().size() + pairs.unused().size();
            Options plain = new Options(options.profile(), options.fix());
            Set<Path> taken = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                if (cancelRequested) break;
                FileRow row = rows.get(i);
                if (row.status().finished()) continue;
                rows.set(i, row.running());
                phase(rows, done, row.name(), RunState.Phase.RUNNING);
                rows.set(i, check(row.file(), plain.withReport(pairs.of(row.file())), taken));
                done++;
                phase(rows, done, null, RunState.Phase.RUNNING);
            }
        } catch (RuntimeException | Error bug) {
            rows.add(new FileRow(inputs.isEmpty() ? Path.of("") : inputs.get(0), FileStatus.FAILED, ErrorLog.apology(bug), null));
        }
        if (cancelRequested && done < rows.size()) {
            for (int i = 0; i < rows.size(); i++) if (!rows.get(i).status().finished()) rows.set(i, rows.get(i).cancelled());
            phase(rows, done, null, RunState.Phase.CANCELLED);
        } else {
            phase(rows, done, null, RunState.Phase.FINISHED);
        }
    }

    private FileRow check(Path file, Options options, Set<Path> taken) {
        try {
            FileRow row = FileRow.of(file, processor.process(file, options, taken));
            return options.report() == null ? row : row.withReport(options.report());
        } catch (IOException e) {
            return new FileRow(file, FileStatus.NOT_WRITTEN, "已检查，但无法写出结果：" + e.getMessage(), null);
        } catch (RuntimeException | Error bug) {
            return new FileRow(file, FileStatus.FAILED, ErrorLog.apology(bug), null);
        }
    }

    private synchronized void phase(List<FileRow> rows, int done, String current, RunState.Phase phase) {
        // a cancel asked for while a file is in hand shows as CANCELLING until the run stops
        RunState.Phase shown = phase == RunState.Phase.RUNNING && cancelRequested ? RunState.Phase.CANCELLING : phase;
        String now = current != null ? current : state.current();
        publish(new RunState(List.copyOf(rows), done, rows.size(), phase == RunState.Phase.RUNNING ? now : null, shown));
    }

    private void publish(RunState s) {
        state = s;
        listener.accept(s);
    }

    /** Ends the worker thread (the window is closing). A file in hand is finished first. */
    public void shutdown() {
        cancelRequested = true;
        worker.shutdown();
    }
}
