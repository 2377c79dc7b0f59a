package cn.ziping.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every registered code has a message, a row in docs/checks.md and a golden sample that triggers it. */
class CatalogueTest {

    /** Codes ziping added beyond the specification's catalogue, each documented in docs/checks.md. */
    static final Set<String> BEYOND_SPEC = Set.of("D009");

    static List<String> codes() {
        List<String> out = new ArrayList<>();
        Checks.ALL.forEach(c -> out.add(c.code()));
        Checks.READER_CODES.forEach(c -> out.add(c.code()));
        return out;
    }

    @Test
    void codesAreUniqueAndEachHasATitle() {
        assertThat(codes()).doesNotHaveDuplicates();
        for (Check c : Checks.ALL) {
            assertThat(c.title()).as(c.code()).isNotBlank();
            assertThat(c.getClass().getSimpleName()).as("class named after its code").startsWith(c.code());
        }
    }

    @Test
    void everyCodeHasARowInTheDocs() throws IOException {
        String docs = Files.readString(Path.of("docs/checks.md"));
        for (String code : codes()) assertThat(docs).as(code).contains("| " + code + " |");
    }

    @Test
    void everyCodeIsTriggeredByAGoldenSample() throws IOException {
        Set<String> seen = new HashSet<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".expected")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    String[] parts = line.strip().split(" ");
                    if (parts.length == 3) seen.add(parts[1]);
                }
            }
        }
        assertThat(seen).containsAll(codes());
    }

    @Test
    void everyCodeOfTheSpecSectionsRfisdnIsRegistered() throws IOException {
        Path spec = Path.of("../shared/spec/checks.md");
        if (!Files.exists(spec)) return; // the spec lives beside the repository, not in it
        Matcher m = Pattern.compile("^\\| ([RFISDN]\\d{3}) \\|", Pattern.MULTILINE).matcher(Files.readString(spec));
        List<String> specCodes = new ArrayList<>();
        while (m.find()) specCodes.add(m.group(1));
        assertThat(specCodes).isNotEmpty();
        List<String> ours = new ArrayList<>(codes());
        ours.removeAll(BEYOND_SPEC);
        assertThat(ours).containsExactlyInAnyOrderElementsOf(specCodes);
        assertThat(specCodes).as("a code added beyond the spec must not clash with one of its codes").doesNotContainAnyElementsOf(BEYOND_SPEC);
    }
}
