package cn.ziping.bench;

import cn.ziping.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A harness, not a test (run by {@code bench/batch}): generates its own corpus of department
 * workbooks, then times in one run, alternating, best of N: {@code batch} at 1 and 2 threads in this
 * JVM; the floor (plain POI open + evaluateAll + save of the same files, one thread, this JVM); the
 * {@code batch} command as a user runs it (a fresh JVM, -Xmx256m); and openpyxl load + save where
 * /usr/bin/python3 has it. Prints the ratios and the peak heap. The 100,000-row table is measured
 * by {@link TableBenchmark} in its own JVM under -Xmx128m.
 */
public final class BatchBenchmark {

    private BatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String jar = args.length > 2 ? args[2] : "target/ziping.jar";
        Path work = Files.createTempDirectory("ziping-batch-bench");
        Path corpus = work.resolve("corpus");
        long g = System.nanoTime();
        List<Path> files = Corpus.tree(corpus, count, 10, 25, 25);
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        System.out.printf("corpus: %d department workbooks of 25 projects in 10 folders, %.1f MB, generated in %.1f s%n",
                count, bytes / 1048576.0, (System.nanoTime() - g) / 1e9);
        System.out.printf("Java %s, %d cores visible, max heap of this JVM %d MB; best of %d runs, alternating%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs);
        double floor = Double.MAX_VALUE;
        double[] batch = {Double.MAX_VALUE, Double.MAX_VALUE};
        double[] peak = new double[2];
        double[] command = {Double.MAX_VALUE, Double.MAX_VALUE};
        batch(corpus, work.resolve("warm"), 2); // warm-up: class loading and JIT, as a long batch has settled
        for (int r = 0; r < runs; r++) {
            floor = Math.min(floor, floor(files, work.resolve("floor")));
            for (int t = 1; t <= 2; t++) {
                ProcessBenchmark.resetPeaks();
                batch[t - 1] = Math.min(batch[t - 1], batch(corpus, work.resolve("out" + t), t));
                peak[t - 1] = Math.max(peak[t - 1], ProcessBenchmark.peakHeapMb());
                command[t - 1] = Math.min(command[t - 1], command(jar, corpus, work.resolve("cmd" + t), t));
            }
        }
        double openpyxl = openpyxl(files, work.resolve("py"));
        System.out.printf("%n%-58s %9s %12s %12s%n", "run (same files, same run)", "wall s", "/ floor", "/ openpyxl");
        row("POI open + evaluateAll + save, 1 thread, this JVM (floor)", floor, floor, openpyxl);
        for (int t = 1; t <= 2; t++) {
            row("batch --threads " + t + ", this JVM (peak heap " + Math.round(peak[t - 1]) + " MB)", batch[t - 1], floor, openpyxl);
        }
        for (int t = 1; t <= 2; t++) row("java -Xmx256m -jar ziping.jar batch --threads " + t + " (fresh JVM)", command[t - 1], floor, openpyxl);
        if (openpyxl > 0) row("openpyxl load + save (/usr/bin/python3)", openpyxl, floor, openpyxl);
        else System.out.println("openpyxl: not installed for /usr/bin/python3, not measured");
        System.out.printf("throughput: batch --threads 2 %.1f workbooks/s in this JVM, %.1f as a fresh command%n",
                count / batch[1], count / command[1]);
    }

    private static void row(String what, double s, double floor, double openpyxl) {
        System.out.printf("%-58s %9.2f %12.2f %12s%n", what, s, s / floor, openpyxl > 0 ? String.format("%.2f", s / openpyxl) : "-");
    }

    static double batch(Path corpus, Path out, int threads) {
        long s = System.nanoTime();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "batch", corpus.toString(),
                "--out-dir", out.toString(), "--threads", String.valueOf(threads), "--force");
        if (code > 1) throw new IllegalStateException("batch exit " + code);
        return (System.nanoTime() - s) / 1e9;
    }

    static double floor(List<Path> files, Path out) throws Exception {
        Files.createDirectories(out);
        long s = System.nanoTime();
        for (Path f : files) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(f)));
                 OutputStream o = Files.newOutputStream(out.resolve(f.getFileName()))) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(o);
            }
        }
        return (System.nanoTime() - s) / 1e9;
    }

    static double command(String jar, Path corpus, Path out, int threads) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long s = System.nanoTime();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-jar", jar, "batch", corpus.toString(), "--out-dir", out.toString(),
                "--threads", String.valueOf(threads), "--force").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() > 1) throw new IllegalStateException("batch command exit " + p.exitValue());
        return (System.nanoTime() - s) / 1e9;
    }

    /** openpyxl load + save of every file, one python process; -1 where it is not installed. */
    static double openpyxl(List<Path> files, Path out) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python) || new ProcessBuilder(python.toString(), "-c", "import openpyxl").start().waitFor() != 0) return -1;
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "-c", String.join("\n",
                "import sys, os, time, warnings, openpyxl",
                "warnings.simplefilter('ignore')",
                "out = sys.argv[1]",
                "t = time.perf_counter()",
                "for f in sys.argv[2:]:",
                "    wb = openpyxl.load_workbook(f)",
                "    wb.save(os.path.join(out, os.path.basename(f)))",
                "print(time.perf_counter() - t)"), out.toString()));
        for (Path f : files) cmd.add(f.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) return -1;
        return Double.parseDouble(text);
    }
}
