package cn.ziping.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.Packages;
import cn.ziping.model.Finding;
import cn.ziping.score.IndicatorScore;
import cn.ziping.score.ProjectScore;
import cn.ziping.template.ExampleData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Package-level fuzzing (issue 12 §2): the example's .xlsx is damaged at the XML level — in its
 * sheets, sharedStrings, styles and workbook parts — and every damaged file must keep the
 * invariants: {@code evaluate} returns (an evaluation or a clean "unreadable"), never throws; every
 * finding points at a cell of an existing sheet; scores stay within 0–100; {@code process} on a
 * readable file writes a copy that POI reopens, and openpyxl too (for a sample: it is slow).
 *
 * <p>A seeded hand-written mutator, not jqwik: jqwik runs on JUnit Platform 1.x and this project is
 * on JUnit 6; and a run here is a list of damages whose replay needs only its seed. Run {@code i}
 * uses {@code new Random(seed * 1_000_003 + i)}, so any run replays alone. CI runs a fixed budget
 * (120 runs, at most 80 s); a longer run: {@code -Dziping.fuzz.args="-Dziping.fuzz.package.runs=2000
 * -Dziping.fuzz.package.seconds=1800 -Dziping.fuzz.package.seed=7"}. Every crash it found is pinned
 * in {@link PackageFuzzRegressionTest}.
 */
class PackageFuzzTest {

    static final long SEED = Long.getLong("ziping.fuzz.package.seed", 20261129L);
    static final int RUNS = Integer.getInteger("ziping.fuzz.package.runs", 120);
    static final long SECONDS = Long.getLong("ziping.fuzz.package.seconds", 80);
    static final int OPENPYXL_EVERY = 8;
    static final int FORMS = Integer.getInteger("ziping.fuzz.package.forms", 4);
    /** Replays chosen runs alone, printing their stack traces: -Dziping.fuzz.package.only=16,32. */
    static final List<Integer> ONLY = java.util.Arrays.stream(System.getProperty("ziping.fuzz.package.only", "").split(","))
            .filter(x -> !x.isBlank()).map(x -> Integer.valueOf(x.strip())).toList();

    @TempDir
    Path dir;

    @Test
    void damagedPackagesKeepTheInvariants() throws Exception {
        Path example = base(Path.of("workbook-templates/examples", ExampleData.FILE_NAME));
        Map<String, byte[]> base = Packages.parts(example);
        List<String> targets = base.keySet().stream().filter(n -> n.startsWith("xl/worksheets/") || n.equals("xl/sharedStrings.xml")
                || n.equals("xl/styles.xml") || n.equals("xl/workbook.xml")).toList();
        List<String> found = new ArrayList<>();
        List<Path> forOpenpyxl = new ArrayList<>();
        int runs = 0;
        int readable = 0;
        int unreadable = 0;
        long findings = 0;
        Evaluator.evaluate(example, Options.DEFAULT); // warm up: the first run must not look slow for loading classes
        long start = System.nanoTime();
        for (int i = 0; i < (ONLY.isEmpty() ? RUNS : 1 + ONLY.get(ONLY.size() - 1))
                && System.nanoTime() - start < SECONDS * 1_000_000_000L; i++) {
            if (!ONLY.isEmpty() && !ONLY.contains(i)) continue;
            runs++;
            Random random = new Random(SEED * 1_000_003L + i);
            XmlMutator mutator = new XmlMutator(random);
            Map<String, byte[]> parts = new LinkedHashMap<>(base);
            List<String> done = new ArrayList<>();
            int damages = 1 + random.nextInt(3);
            for (int k = 0; k < damages; k++) {
                // sheet1 (汇总表) and the first forms most often; any part sometimes
                String part = random.nextInt(3) == 0 ? targets.get(random.nextInt(targets.size()))
                        : List.of("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml",
                                "xl/styles.xml", "xl/workbook.xml").get(random.nextInt(5));
                XmlMutator.Mutated m;
                try {
                    m = mutator.apply(parts.get(part));
                } catch (Exception unparseable) {
                    continue; // an earlier cut left the part malformed: damage another one
                }
                parts.put(part, m.xml());
                done.add(part + ": " + m.what());
            }
            Path file = Files.write(dir.resolve("f" + i + ".xlsx"), Packages.zip(parts));
            String run = "run " + i + " (seed " + SEED + ") " + done;
            long t0 = System.nanoTime();
            try {
                Evaluation e = Evaluator.evaluate(file, Options.DEFAULT);
                if (e.error() != null) {
                    unreadable++;
                    if (e.error().contains("Exception") || e.error().lines().count() != 1) found.add(run + " → unclean refusal: " + e.error());
                } else {
                    readable++;
                    findings += e.findings().size();
                    found.addAll(invariants(run, e));
                    Evaluation p = Evaluator.process(file, null, dir.resolve("out" + i), new Options("national", i % 2 == 0));
                    if (p.error() != null) {
                        found.add(run + " → readable by evaluate, unreadable by process: " + p.error());
                    } else {
                        try (var wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(p.output())))) {
                            if (wb.getSheet("校验结果") == null && wb.getSheet("校验结果（ziping）") == null) found.add(run + " → copy has no 校验结果");
                        }
                        if (readable % OPENPYXL_EVERY == 1) {
                            forOpenpyxl.add(Files.copy(file, dir.resolve("in" + i + ".xlsx")));
                            forOpenpyxl.add(p.output());
                        }
                    }
                }
            } catch (Throwable t) {
                if (!ONLY.isEmpty()) t.printStackTrace(System.out);
                found.add(run + " → " + t);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > 15_000) found.add(run + " → slow: " + ms + " ms");
            Files.deleteIfExists(file);
        }
        List<String> openpyxl = openpyxl(forOpenpyxl);
        found.addAll(openpyxl.stream().filter(l -> l.startsWith("fail")).toList());
        System.out.printf("package fuzz: %d runs, seed %d, %d readable (%d findings), %d unreadable, "
                        + "%d copies reopened by openpyxl (%d skipped), %.1f s; found %d%n", runs, SEED, readable, findings, unreadable,
                openpyxl.stream().filter(l -> l.startsWith("ok ")).count(),
                openpyxl.stream().filter(l -> l.startsWith("skip ")).count(), (System.nanoTime() - start) / 1e9, found.size());
        found.forEach(f -> System.out.println("  FOUND " + f));
        assertThat(runs).isPositive();
        assertThat(found).isEmpty();
    }

    /**
     * The example as fuzzed: its 汇总表 and first {@code FORMS} forms (every form is alike, and a
     * run then costs a fifth), or all 25 with {@code -Dziping.fuzz.package.forms=25}.
     */
    Path base(Path example) throws Exception {
        Path base = dir.resolve("base.xlsx");
        try (var in = Files.newInputStream(example); var wb = WorkbookFactory.create(in); var out = Files.newOutputStream(base)) {
            while (wb.getNumberOfSheets() > FORMS + 1) wb.removeSheetAt(wb.getNumberOfSheets() - 1);
            wb.write(out);
        }
        return base;
    }

    /** What must hold for any readable file, however damaged. */
    static List<String> invariants(String run, Evaluation e) {
        List<String> bad = new ArrayList<>();
        List<String> sheets = e.submission().sheets();
        for (Finding f : e.findings()) {
            var c = f.cell();
            if (c == null || !sheets.contains(c.sheet()) || c.row() < 0 || c.row() > 1_048_575 || c.col() < 0 || c.col() > 16_383) {
                bad.add(run + " → finding at no existing cell: " + f);
            }
        }
        for (ProjectScore s : e.scores()) {
            List<BigDecimal> scores = new ArrayList<>();
            scores.add(s.executionScore());
            scores.add(s.indicatorScore());
            scores.add(s.total());
            for (IndicatorScore i : s.indicators()) {
                for (BigDecimal v : new BigDecimal[] {i.computed(), i.counted()}) {
                    if (v != null && (v.signum() < 0 || v.compareTo(i.weight().max(BigDecimal.ZERO)) > 0)) {
                        bad.add(run + " → indicator score " + v + " outside 0–" + i.weight() + " on " + s.form().sheet());
                    }
                }
            }
            for (BigDecimal v : scores) {
                if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0)) {
                    bad.add(run + " → score " + v + " out of 0–100 on " + s.form().sheet());
                }
            }
        }
        return bad;
    }

    static boolean hasOpenpyxl() {
        try {
            Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import openpyxl").start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** One python process reads every sampled copy; "ok FILE" or "fail FILE: why" per file. */
    static List<String> openpyxl(List<Path> files) throws Exception {
        if (files.isEmpty() || !hasOpenpyxl()) {
            if (!files.isEmpty() && System.getenv("CI") != null) return List.of("fail: python3-openpyxl is not installed in CI");
            return List.of();
        }
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", """
                import sys, warnings, openpyxl
                warnings.simplefilter("ignore")
                args = sys.argv[1:]
                for damaged, copy in zip(args[0::2], args[1::2]):
                    try:
                        openpyxl.load_workbook(damaged)
                    except Exception:
                        print("skip", copy, "(openpyxl cannot read the damaged input either)")
                        continue
                    try:
                        wb = openpyxl.load_workbook(copy)
                        assert any(n.startswith("校验结果") for n in wb.sheetnames), wb.sheetnames
                        print("ok", copy)
                    except Exception as e:
                        print("fail", copy + ":", repr(e))
                """));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out.lines().toList();
    }
}
