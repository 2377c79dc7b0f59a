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
        double[] floor = null;
        double[][] batch = new double[2][];
        double[] peak = new double[2];
        double[] live = new double[2];
        double[][] command = new double[2][];
        double[][] variant = new double[VARIANTS.size()][];
        // BENCH_VARIANTS_ONLY: the floor and the fresh-JVM option sets only (a long corpus in less time)
        boolean variantsOnly = System.getenv("BENCH_VARIANTS_ONLY") != null;
        if (!variantsOnly) batch(corpus, work.resolve("warm"), 2); // warm-up: class loading and JIT, as a long batch has settled
        for (int r = 0; r < runs; r++) {
            floor = best(floor, floor(files, work.resolve("floor")));
            for (int t = 1; t <= 2 && !variantsOnly; t++) {
                ProcessBenchmark.resetPeaks();
                batch[t - 1] = best(batch[t - 1], batch(corpus, work.resolve("out" + t), t));
                peak[t - 1] = Math.max(peak[t - 1], ProcessBenchmark.peakHeapMb());
                live[t - 1] = Math.max(live[t - 1], liveMb());
                command[t - 1] = best(command[t - 1], command(jar, corpus, work.resolve("cmd" + t), t, null));
            }
            for (int v = 0; v < VARIANTS.size(); v++) {
                variant[v] = best(variant[v], command(jar, corpus, work.resolve("var" + v), 2, VARIANTS.get(v)));
            }
        }
        double[] openpyxl = System.getenv("BENCH_NO_OPENPYXL") != null ? new double[] {-1, -1}
                : openpyxl(files, work.resolve("py"));
        System.out.printf("%n%-58s %8s %8s %8s %8s %8s %8s%n", "run (same files, same run)", "wall s", "/floor", "/openpyxl",
                "CPU s", "/floor", "/openpyxl");
        row("POI open + evaluateAll + save, 1 thread, this JVM (floor)", floor, floor, openpyxl);
        for (int t = 1; t <= 2 && !variantsOnly; t++) row("batch --threads " + t + ", this JVM", batch[t - 1], floor, openpyxl);
        for (int t = 1; t <= 2 && !variantsOnly; t++) {
            row("java -Xmx256m -jar ziping.jar batch --threads " + t + " (fresh JVM)", command[t - 1], floor, openpyxl);
        }
        for (int v = 0; v < VARIANTS.size(); v++) {
            row("  fresh, 2 threads, no relaunch, JVM options: " + (VARIANTS.get(v).isEmpty() ? "none" : VARIANT_NAMES.get(v)),
                    variant[v], floor, openpyxl);
        }
        if (openpyxl[0] > 0) row("openpyxl load + save (/usr/bin/python3)", openpyxl, floor, openpyxl);
        else System.out.println("openpyxl: not installed for /usr/bin/python3, not measured");
        if (variantsOnly) return;
        for (int t = 1; t <= 2; t++) {
            System.out.printf("batch --threads %d in this JVM (-Xmx256m): peak heap used %.0f MB, live after GC at most %.0f MB%n",
                    t, peak[t - 1], live[t - 1]);
        }
        System.out.printf("throughput: batch --threads 2 %.2f workbooks/s in this JVM, %.2f as a fresh command%n",
                count / batch[1][0], count / command[1][0]);
    }

    private static void row(String what, double[] s, double[] floor, double[] openpyxl) {
        System.out.printf("%-58s %8.1f %8.2f %8s %8.1f %8.2f %8s%n", what, s[0], s[0] / floor[0],
                openpyxl[0] > 0 ? String.format("%.2f", s[0] / openpyxl[0]) : "-", s[1], s[1] / floor[1],
                openpyxl[1] > 0 ? String.format("%.2f", s[1] / openpyxl[1]) : "-");
    }

    /** CPU seconds of this whole JVM so far (all threads: workers, JIT compilers, GC). */
    static double cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The smaller wall time, with its CPU time. */
    static double[] best(double[] a, double[] b) {
        return a == null || b[0] < a[0] ? b : a;
    }

    /** Heap in use just after the last collections: the live data, not the garbage G1 lets pile up. */
    static double liveMb() {
        long sum = 0;
        for (var p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getCollectionUsage() != null) {
                sum = Math.max(sum, p.getCollectionUsage().getUsed());
            }
        }
        return sum / 1048576.0;
    }

    static double[] batch(Path corpus, Path out, int threads) {
        long s = System.nanoTime();
        double c = cpu();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "batch", corpus.toString(),
                "--out-dir", out.toString(), "--threads", String.valueOf(threads), "--force");
        if (code > 1) throw new IllegalStateException("batch exit " + code);
        return new double[] {(System.nanoTime() - s) / 1e9, cpu() - c};
    }

    static double[] floor(List<Path> files, Path out) throws Exception {
        Files.createDirectories(out);
        long s = System.nanoTime();
        double c = cpu();
        for (Path f : files) {
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(f)));
                 OutputStream o = Files.newOutputStream(out.resolve(f.getFileName()))) {
                wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                wb.write(o);
            }
        }
        return new double[] {(System.nanoTime() - s) / 1e9, cpu() - c};
    }

    /**
     * JVM option sets tried for the fresh command, each given directly with the relaunch off, so that
     * the one {@code cli/Relaunch} uses can be chosen on evidence: none, the class-data archive with
     * full tiered compilation, and the archive with the quick C1 tier only (what check/process use).
     */
    static final List<List<String>> VARIANTS = List.of(List.of(),
            List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-XX:SharedArchiveFile=target/ziping.jsa"),
            List.of("-XX:TieredStopAtLevel=1", "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:SharedArchiveFile=target/ziping.jsa"));
    static final List<String> VARIANT_NAMES = List.of("none", "CDS", "CDS + C1 only");

    /**
     * The command in a fresh JVM; its CPU time from /usr/bin/time where there is one (else NaN). With
     * {@code jvm} options they are given directly and the relaunch is off; with null it runs as a user types it.
     */
    static double[] command(String jar, Path corpus, Path out, int threads, List<String> jvm) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path times = Files.createTempFile("ziping-time", ".txt");
        List<String> cmd = new ArrayList<>();
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) cmd.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", times.toString()));
        cmd.addAll(List.of(java, "-Xmx256m"));
        if (jvm != null) cmd.addAll(jvm);
        cmd.addAll(List.of("-jar", jar, "batch", corpus.toString(), "--out-dir", out.toString(),
                "--threads", String.valueOf(threads), "--force"));
        long s = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (jvm != null) pb.environment().put("ZIPING_NO_RELAUNCH", "1");
        Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() > 1) throw new IllegalStateException("batch command exit " + p.exitValue());
        double wall = (System.nanoTime() - s) / 1e9;
        double cpu = Double.NaN;
        if (timed) {
            String[] f = Files.readString(times).strip().split("\\s+");
            cpu = Double.parseDouble(f[f.length - 2]) + Double.parseDouble(f[f.length - 1]);
        }
        Files.deleteIfExists(times);
        return new double[] {wall, cpu};
    }

    /** openpyxl load + save of every file, one python process: wall and CPU seconds; -1 where it is not installed. */
    static double[] openpyxl(List<Path> files, Path out) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python) || new ProcessBuilder(python.toString(), "-c", "import openpyxl").start().waitFor() != 0) {
            return new double[] {-1, -1};
        }
        Files.createDirectories(out);
        List<String> cmd = new ArrayList<>(List.of(python.toString(), "-c", String.join("\n",
                "import sys, os, time, warnings, openpyxl",
                "warnings.simplefilter('ignore')",
                "out = sys.argv[1]",
                "t = time.perf_counter()",
                "c = time.process_time()",
                "for f in sys.argv[2:]:",
                "    wb = openpyxl.load_workbook(f)",
                "    wb.save(os.path.join(out, os.path.basename(f)))",
                "print(time.perf_counter() - t, time.process_time() - c)"), out.toString()));
        for (Path f : files) cmd.add(f.toString());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(p.getInputStream().readAllBytes()).strip();
        if (p.waitFor() != 0) return new double[] {-1, -1};
        String[] f = text.split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])};
    }
}
