package cn.ziping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inwards (style.md): model imports nothing of ours; score and check see the
 * model (check also score); only read/ and write/ touch POI; only cli/ picocli; the front ends
 * call app/.
 */
class ArchitectureTest {

    static final Path SRC = Path.of("src/main/java/cn/ziping");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("\\b(cn\\.ziping\\.\\w+|org\\.apache\\.poi|org\\.apache\\.pdfbox|picocli|com\\.fasterxml)\\.");

    /** For each package, the prefixes of ours and of libraries it may use. */
    static final Map<String, List<String>> ALLOWED = Map.of(
            "model", List.of("cn.ziping.model"),
            "score", List.of("cn.ziping.model", "cn.ziping.score"),
            "check", List.of("cn.ziping.model", "cn.ziping.score", "cn.ziping.check", "org.apache.commons.math3"),
            "read", List.of("cn.ziping.model", "cn.ziping.read", "org.apache.poi", "javax.xml.stream", "org.apache.pdfbox"),
            "template", List.of("cn.ziping.template"),
            "write", List.of("cn.ziping.model", "cn.ziping.check", "cn.ziping.read", "cn.ziping.score", "cn.ziping.template",
                    "cn.ziping.write", "org.apache.poi", "org.openxmlformats.schemas"),
            "report", List.of("cn.ziping.app", "cn.ziping.check", "cn.ziping.model", "cn.ziping.score",
                    "cn.ziping.report", "com.fasterxml.jackson"),
            "app", List.of("cn.ziping.app", "cn.ziping.check", "cn.ziping.model", "cn.ziping.read", "cn.ziping.score",
                    "cn.ziping.write"),
            "cli", List.of("cn.ziping.app", "cn.ziping.report", "cn.ziping.score", "cn.ziping.write", "cn.ziping.cli",
                    "picocli"));

    @Test
    void dependenciesPointInwards() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SRC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = SRC.relativize(f).getName(0).toString();
                List<String> allowed = ALLOWED.get(pkg);
                assertThat(allowed).as("package " + pkg + " has rules").isNotNull();
                String src = Files.readString(f);
                List<String> used = new ArrayList<>();
                Matcher m = IMPORT.matcher(src);
                while (m.find()) used.add(m.group(1));
                Matcher q = QUALIFIED.matcher(src.replaceAll("(?m)^(package|import) .*$", ""));
                while (q.find()) used.add(q.group(1));
                for (String u : used) {
                    if (u.startsWith("java.")) continue;
                    if (allowed.stream().noneMatch(u::startsWith)) violations.add(SRC.relativize(f) + " uses " + u);
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
