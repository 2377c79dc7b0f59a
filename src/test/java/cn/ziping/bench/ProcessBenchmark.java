package cn.ziping.bench;

import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.template.ExampleData;
import cn.ziping.template.FormContent;
import cn.ziping.template.SummaryContent;
import cn.ziping.write.TemplateWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A harness, not a test: times {@code process} (read, score, check, annotate, save) against a
 * baseline in the same run — plain POI open + save of the same file — and prints the figures and
 * their ratio. Inputs: the example (25 projects) and a generated department of N projects.
 * Run with {@code bench/run [N]}.
 */
public final class ProcessBenchmark {

    private ProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 250;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path dir = Files.createTempDirectory("ziping-bench");
        Path example = Path.of("workbook-templates/examples", ExampleData.FILE_NAME);
        Path large = dir.resolve("large-" + big + ".xlsx");
        writeLarge(large, big);
        System.out.printf("ziping benchmark: %d runs after 2 warm-ups, median wall time; Java %s, %d cores%n",
                runs, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%-28s %8s %10s %12s %8s %12s%n", "input", "size KB", "POI ms", "ziping ms", "ratio", "peak heap MB");
        for (Path in : List.of(example, large)) {
            double base = median(runs, () -> baseline(in));
            resetPeaks();
            double ours = median(runs, () -> Evaluator.process(in, dir.resolve("out.xlsx"), null, Options.DEFAULT));
            System.out.printf("%-28s %8d %10.1f %12.1f %8.2f %12.1f%n", label(in), Files.size(in) / 1024, base, ours,
                    ours / base, peakHeapMb());
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    static Object baseline(Path in) throws Exception {
        byte[] bytes = Files.readAllBytes(in);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.size();
        }
    }

    static double median(int runs, Work w) throws Exception {
        for (int i = 0; i < 2; i++) w.run();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            w.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / 1048576.0;
    }

    static String label(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("large") ? n : "example (25 projects)";
    }

    /** A department of n projects: the example's forms repeated under new sheet names. */
    static void writeLarge(Path file, int n) throws Exception {
        List<FormContent> base = ExampleData.forms();
        List<FormContent> forms = new ArrayList<>();
        List<SummaryContent.Row> rows = new ArrayList<>();
        SummaryContent s = ExampleData.summary();
        for (int i = 0; i < n; i++) {
            FormContent f = base.get(i % base.size());
            String sheet = "项目" + (i + 1);
            forms.add(new FormContent(sheet, f.year(), f.name() + (i + 1), f.department(), f.unit(), f.funds(),
                    f.goalExpected(), f.goalActual(), f.indicators(), f.typedRate(), f.typedExecutionScore(),
                    f.typedTotal(), f.typedGrade()));
            SummaryContent.Row r = s.rows().get(i % base.size());
            rows.add(new SummaryContent.Row(f.name() + (i + 1), r.source(), r.initial(), r.budget(), r.executed(), r.rate(),
                    r.score(), r.grade(), r.carryOver(), r.spotCheck(), sheet, r.remark()));
        }
        SummaryContent summary = new SummaryContent(s.unitName(), s.year(), null, null, null, null, null, null, rows, 0);
        try (Workbook wb = TemplateWriter.department(summary, forms); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
