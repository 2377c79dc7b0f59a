package cn.ziping.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ziping.model.Messages;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one bundle of finding texts (src/main/resources/cn/ziping/messages.properties): every code
 * has its title and at least one message, no key is orphaned, every key formats, and the file is
 * read as UTF-8.
 */
class MessagesTest {

    static final Path FILE = Path.of("src/main/resources/cn/ziping/messages.properties");
    static final Pattern KEY = Pattern.compile("^([A-Z]\\d{3}|common)\\.([a-zA-Z][\\w]*)$");
    static final Pattern ARG = Pattern.compile("\\{(\\d+)\\}");

    @Test
    void everyCodeHasATitleAndAMessage() {
        for (String code : CatalogueTest.codes()) {
            assertThat(Messages.keys()).as(code).contains(code + ".title");
            assertThat(Messages.keys().stream().filter(k -> k.startsWith(code + ".") && !k.equals(code + ".title")))
                    .as("a message key of " + code).isNotEmpty();
        }
    }

    @Test
    void noKeyIsOrphaned() {
        Set<String> codes = new TreeSet<>(CatalogueTest.codes());
        for (String key : Messages.keys()) {
            Matcher m = KEY.matcher(key);
            assertThat(m.matches()).as("key shape CODE.name: " + key).isTrue();
            // common.*: fragments several checks share (该指标, 得分未重新计算…), each used in the code
            if (!m.group(1).equals("common")) assertThat(codes).as("the code of " + key).contains(m.group(1));
        }
    }

    @Test
    void everyMessageKeyIsUsedInTheCode() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (var files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java")).toList()) sources.append(Files.readString(p));
        }
        for (String key : Messages.keys()) {
            if (key.endsWith(".title")) continue; // read as code() + ".title" by Check and ReaderCode
            assertThat(sources.toString()).as("a use of " + key).contains("\"" + key + "\"");
        }
    }

    @Test
    void everyKeyFormatsWithItsArguments() {
        for (String key : Messages.keys()) {
            String pattern = Messages.pattern(key);
            int args = 0;
            Matcher m = ARG.matcher(pattern);
            while (m.find()) args = Math.max(args, Integer.parseInt(m.group(1)) + 1);
            Object[] dummy = new Object[args];
            for (int i = 0; i < args; i++) dummy[i] = "«" + i + "»";
            String text = Messages.text(key, dummy);
            assertThat(text).as(key).doesNotContain("{").doesNotContain("}").isNotBlank();
            for (int i = 0; i < args; i++) assertThat(text).as(key + " shows argument " + i).contains("«" + i + "»");
            // a lone ' would swallow text silently: MessageFormat drops it, so the sentence shrinks
            assertThat(text.length()).as(key + " keeps its text").isGreaterThanOrEqualTo(pattern.replace("''", "'")
                    .replaceAll("\\{\\d+\\}", "").length());
        }
    }

    @Test
    void numbersArePassedThroughUnchanged() {
        // arguments are pre-formatted strings: MessageFormat must not regroup 1234567.5 as "1,234,567.5"
        assertThat(Messages.text("F001.message", "86.20", "37.24", "43.20", "1234567.5"))
                .isEqualTo("执行率应为 86.20%（37.24 ÷ 43.20），表中为 1234567.5");
        assertThat(Messages.text("F001.message", 86.2, 1234567, 43.2, 0)).contains("1234567").doesNotContain("1,234,567");
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThatThrownBy(() -> Messages.text("F999.message")).hasMessageContaining("F999.message");
    }

    @Test
    void theFileIsUtf8AndReadAsSuch() throws IOException {
        byte[] bytes = Files.readAllBytes(FILE);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError("messages.properties is not valid UTF-8", e);
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        assertThat(raw).as("Chinese written as itself, not \\u escapes, so a reviewer can read it").doesNotContain("\\u");
        // round trip: the sentence read through the bundle equals the one in this (UTF-8) source
        assertThat(Messages.text("R001.title")).isEqualTo("应为自评表的工作表缺少必需的栏目（资金、绩效指标等）");
        assertThat(raw).contains("R001.title=" + Messages.text("R001.title"));
    }

    @Test
    void aByteOrderMarkIsIgnored() throws IOException {
        // Windows Notepad may save the reviewer's edit as UTF-8 with a BOM before the first comment
        String edited = "\uFEFF" + Files.readString(FILE, StandardCharsets.UTF_8);
        assertThat(Messages.parse(edited).stringPropertyNames()).isEqualTo(Messages.keys());
    }

    @Test
    void theFileIsOrderedByCodeWithinFamilies() throws IOException {
        List<String> codes = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            Matcher m = Pattern.compile("^([A-Z]\\d{3}|common)\\.").matcher(line);
            if (m.find() && (codes.isEmpty() || !codes.get(codes.size() - 1).equals(m.group(1)))) codes.add(m.group(1));
        }
        assertThat(codes).as("each code's keys together, once").doesNotHaveDuplicates();
        String families = "RFISDNc"; // the common fragments last
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort((a, b) -> a.charAt(0) != b.charAt(0)
                ? Integer.compare(families.indexOf(a.charAt(0)), families.indexOf(b.charAt(0))) : a.compareTo(b));
        assertThat(codes).isEqualTo(sorted);
    }
}
