package cn.ziping.golden;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ziping.app.Evaluation;
import cn.ziping.app.Evaluator;
import cn.ziping.app.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden workbook yields exactly the findings its .expected file lists. */
class GoldenTest {

    static Stream<Path> workbooks() throws IOException {
        try (Stream<Path> s = Files.list(GoldenWorkbooks.DIR)) {
            return s.filter(p -> p.toString().matches(".*\\.xls[xm]?$")).sorted().toList().stream();
        }
    }

    static List<String> expected(Path workbook) throws IOException {
        String name = workbook.getFileName().toString();
        Path file = workbook.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The narrative report planted beside a workbook ({@code NAME.report.txt}, N001), or null. */
    static Path report(Path workbook) {
        String name = workbook.getFileName().toString();
        Path report = workbook.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".report.txt");
        return Files.exists(report) ? report : null;
    }

    static List<String> actual(Evaluation e) {
        return e.findings().stream()
                .map(f -> f.cell() + " " + f.code() + " " + f.severity().id()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void findingsMatchTheExpectedFile(Path workbook) throws IOException {
        Evaluation e = Evaluator.evaluate(workbook, Options.DEFAULT.withReport(report(workbook)));
        assertThat(e.error()).isNull();
        assertThat(actual(e)).containsExactlyInAnyOrderElementsOf(expected(workbook));
    }

    @Test
    @EnabledIfSystemProperty(named = "golden.regenerate", matches = "true")
    void regenerate() throws IOException {
        GoldenWorkbooks.write(GoldenWorkbooks.DIR);
    }
}
