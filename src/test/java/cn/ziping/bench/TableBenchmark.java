package cn.ziping.bench;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import cn.ziping.read.Tables;
import cn.ziping.template.ExampleData;
import cn.ziping.write.rollup.Rollup;
import cn.ziping.write.rollup.RollupEntry;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A harness (run by {@code bench/batch} under -Xmx128m): writes a roll-up of {@code N} projects
 * (the example's 25 projects as N/25 departments) and streams its 项目明细 back; prints the times,
 * the file size and the peak heap.
 */
public final class TableBenchmark {

    private TableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("ziping-table-bench");
        Evaluation e = Evaluator.evaluate(Path.of("workbook-templates/examples", ExampleData.FILE_NAME), Options.DEFAULT);
        int departments = rows / e.scores().size();
        Path table = dir.resolve("汇总结果.xlsx");
        ProcessBenchmark.resetPeaks();
        long s = System.nanoTime();
        try (Rollup r = new Rollup(table)) {
            for (int i = 0; i < departments; i++) {
                r.add(new RollupEntry("区县" + (i % 50) + "/单位" + i + ".xlsx", null, null, null, e.department(), e.scores(),
                        e.carryOverSheets(), e.findings()));
            }
            r.write();
        }
        double write = (System.nanoTime() - s) / 1e9;
        double writePeak = ProcessBenchmark.peakHeapMb();
        ProcessBenchmark.resetPeaks();
        BigDecimal[] budget = {BigDecimal.ZERO};
        s = System.nanoTime();
        long n = Tables.rows(table, "项目明细", 1, cells -> {
            if (cells.size() > 5 && cells.get(5) instanceof BigDecimal b) budget[0] = budget[0].add(b);
        });
        double read = (System.nanoTime() - s) / 1e9;
        System.out.printf("%n%d-row table (项目明细 of a roll-up of %d departments), max heap %d MB:%n", n, departments,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  write roll-up (SXSSF, streamed)   %6.2f s, peak heap %4.0f MB, file %.1f MB%n", write, writePeak,
                Files.size(table) / 1048576.0);
        System.out.printf("  read 项目明细 (easyexcel, streamed) %6.2f s, peak heap %4.0f MB, 全年预算数 sum %s%n", read,
                ProcessBenchmark.peakHeapMb(), budget[0].setScale(2, java.math.RoundingMode.HALF_UP));
        Files.delete(table);
    }
}
