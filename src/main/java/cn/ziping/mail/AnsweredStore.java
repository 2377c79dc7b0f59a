package cn.ziping.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the service has finished with, by Message-ID, kept in a small text file so that a crash
 * between sending a reply and moving the message never answers it twice; also how often each
 * unfinished message has failed, so a message that keeps failing is given up after a bounded
 * number of tries. The file is rewritten atomically (temporary file, then rename) on each change;
 * it keeps the most recent {@value #KEEP} entries.
 */
final class AnsweredStore {

    static final int KEEP = 20_000;
    private static final String DONE = "done";
    private static final String TRIES = "tries";

    private final Path file;
    /** Message-ID → -1 when done, else the number of failed tries; insertion order is age. */
    private final Map<String, Integer> entries = new LinkedHashMap<>();

    AnsweredStore(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 2 && f[0].equals(DONE)) entries.put(f[1], -1);
                else if (f.length == 3 && f[0].equals(TRIES)) entries.put(f[1], Integer.parseInt(f[2]));
            }
        }
    }

    synchronized boolean done(String messageId) {
        Integer n = entries.get(messageId);
        return n != null && n < 0;
    }

    synchronized void markDone(String messageId) throws IOException {
        entries.remove(messageId);
        entries.put(messageId, -1);
        save();
    }

    /** Records one more failed try and returns how many there have been. */
    synchronized int failed(String messageId) throws IOException {
        int n = Math.max(0, entries.getOrDefault(messageId, 0)) + 1;
        entries.put(messageId, n);
        save();
        return n;
    }

    private void save() throws IOException {
        while (entries.size() > KEEP) entries.remove(entries.keySet().iterator().next());
        List<String> lines = new ArrayList<>();
        lines.add("# ziping 邮件服务：已处理的邮件（Message-ID），请勿手工编辑");
        entries.forEach((id, n) -> lines.add(n < 0 ? DONE + "\t" + id : TRIES + "\t" + id + "\t" + n));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ziping-state", ".tmp");
        try {
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
