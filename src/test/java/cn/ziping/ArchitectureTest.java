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
 * call app/; only mail/ uses the mail API (jakarta.mail); only gui/ Swing and AWT (cli/ opens the
 * window through its one entry, {@code Gui}).
 */
class ArchitectureTest {

    static final Path SRC = Path.of("src/main/java/cn/ziping");
    static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("\\b(cn\\.ziping\\.\\w+|org\\.apache\\.poi|picocli|com\\.fasterxml|jakarta\\.mail|java\\.awt|javax\\.swing|org\\.apache\\.pdfbox)\\.");

    /** For each package, the prefixes of ours and of libraries it may use. */
    static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("gui", List.of("cn.ziping.app", "cn.ziping.check", "cn.ziping.model", "cn.ziping.report", "cn.ziping.score",
                    "cn.ziping.write", "cn.ziping.gui", "com.formdev.flatlaf", "java.awt", "javax.swing")),
            Map.entry("model", List.of("cn.ziping.model")),
            Map.entry("score", List.of("cn.ziping.model", "cn.ziping.score")),
            Map.entry("check", List.of("cn.ziping.model", "cn.ziping.score", "cn.ziping.check", "org.apache.commons.math3")),
            Map.entry("read", List.of("cn.ziping.model", "cn.ziping.read", "org.apache.poi", "javax.xml.stream", "com.alibaba.excel",
                    "org.apache.pdfbox",
                    // POI's XML layer, to repair damage POI's API cannot reach (read/Repairs)
                    "org.openxmlformats.schemas")),
            Map.entry("template", List.of("cn.ziping.template")),
            Map.entry("write", List.of("cn.ziping.model", "cn.ziping.check", "cn.ziping.read", "cn.ziping.score", "cn.ziping.template",
                    "cn.ziping.write", "org.apache.poi",
                    // POI's XML layer, for what poi-ooxml-lite has no type for (write/NormalStyle)
                    "org.apache.xmlbeans", "org.openxmlformats.schemas")),
            Map.entry("report", List.of("cn.ziping.app", "cn.ziping.check", "cn.ziping.model", "cn.ziping.score",
                    "cn.ziping.report", "com.fasterxml.jackson")),
            Map.entry("app", List.of("cn.ziping.app", "cn.ziping.check", "cn.ziping.model", "cn.ziping.read", "cn.ziping.score",
                    "cn.ziping.write")),
            Map.entry("cli", List.of("cn.ziping.app", "cn.ziping.report", "cn.ziping.score", "cn.ziping.write", "cn.ziping.cli",
                    "cn.ziping.batch", "picocli", "cn.ziping.mail", "cn.ziping.gui.Gui")),
            Map.entry("batch", List.of("cn.ziping.app", "cn.ziping.report", "cn.ziping.model", "cn.ziping.batch",
                    "cn.ziping.write.rollup")),
            // only mail/ uses the mail API; it calls app/ and renders with report/
            Map.entry("mail", List.of("cn.ziping.app", "cn.ziping.model", "cn.ziping.report", "cn.ziping.mail", "jakarta.mail",
                    "org.eclipse.angus.mail", "org.slf4j", "javax.net.ssl")));

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
                    // the JDK is open to all, except its desktop toolkit: only the window draws
                    if (u.startsWith("java.") && !u.startsWith("java.awt")) continue;
                    if (allowed.stream().noneMatch(u::startsWith)) violations.add(SRC.relativize(f) + " uses " + u);
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
