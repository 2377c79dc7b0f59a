package cn.ziping.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from the lines PDFBox extracts. A PDF has only lines: Chinese text is
 * justified, so every line of a paragraph is about as long as the longest, and a paragraph ends
 * with a short line, or where a heading (一、, （一）, 1.) begins. Lines of one paragraph are joined
 * with nothing between them, so that a figure broken across lines ("1851.\n72") is whole again.
 */
final class PdfParagraphs {

    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+[.、．])");

    private PdfParagraphs() {
    }

    static List<String> join(String text) {
        String[] lines = Arrays.stream(text.split("\\r?\\n|\\r")).map(String::strip).toArray(String[]::new);
        int[] lengths = Arrays.stream(lines).mapToInt(String::length).filter(n -> n > 0).sorted().toArray();
        // The typical full line: the 90th percentile, robust to one long table row.
        int full = lengths.length == 0 ? 0 : lengths[(int) Math.floor((lengths.length - 1) * 0.9)];
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                flush(out, current);
                continue;
            }
            if (HEADING.matcher(line).find()) flush(out, current);
            current.append(line);
            if (line.length() < full * 0.85) flush(out, current);
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current.length() > 0) out.add(current.toString());
        current.setLength(0);
    }
}
