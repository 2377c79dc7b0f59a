package cn.ziping.model;

import java.util.List;

/**
 * A department's narrative 绩效自评工作报告, as text: its paragraphs in document order (a table
 * row of a .docx is one paragraph, its cells joined by a tab). Paragraph {@code n} (1-based) is
 * what findings call {@code 报告!Pn}; {@code source} is the file name, for messages.
 */
public record Narrative(String source, List<String> paragraphs) {

    public Narrative {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Paragraph {@code n}, 1-based. */
    public String paragraph(int n) {
        return paragraphs.get(n - 1);
    }
}
