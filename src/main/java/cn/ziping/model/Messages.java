package cn.ziping.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every sentence a finding says, from one UTF-8 bundle ({@code cn/ziping/messages.properties})
 * keyed by code ({@code F001.title}, {@code F001.message}, …), so a finance reviewer reads and
 * corrects them in one file. Arguments are pre-formatted strings (numbers already formatted by
 * score/Money), so MessageFormat never reformats a number. A missing key throws: a raw key must
 * never reach a user.
 */
public final class Messages {

    /** Where the bundle lives on the class path. */
    public static final String RESOURCE = "/cn/ziping/messages.properties";

    private static final Properties TEXTS = load();

    private Messages() {
    }

    /** The sentence for {@code key} with its {0}, {1}… filled by {@code args} (each shown as String.valueOf). */
    public static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) throw new IllegalArgumentException("no message for key " + key + " in " + RESOURCE);
        Object[] shown = new Object[args.length];
        // pre-format to strings: MessageFormat would otherwise group and round numbers its own way
        for (int i = 0; i < args.length; i++) shown[i] = String.valueOf(args[i]);
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }

    /** Every key of the bundle, sorted (for the test that none is orphaned). */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(TEXTS.stringPropertyNames()));
    }

    /** The raw pattern of a key, or null (for tests). */
    public static String pattern(String key) {
        return TEXTS.getProperty(key);
    }

    /** The bundle's text as properties; a byte-order mark (Windows Notepad writes one) is dropped. */
    public static Properties parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
        return p;
    }

    private static Properties load() {
        try (InputStream in = Messages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            // explicit UTF-8: the bundle is read the same way whatever the platform's default charset
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
