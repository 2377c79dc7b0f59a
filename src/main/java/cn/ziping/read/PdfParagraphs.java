package cn.ziping.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Rebuilds paragraphs from a PDF, which has only lines. Chinese reports indent each paragraph's
 * first line by two characters, so a line that starts right of the text column begins a
 * paragraph (headings and centred titles too); a line that stops well short of the column's right
 * edge ends one, for documents without indentation. Lines of a paragraph are joined with nothing
 * between them, so a figure broken across lines ("1851.\n72") is whole again.
 */
final class PdfParagraphs extends PDFTextStripper {

    /** One line of text with where it starts and ends on the page, and its character size. */
    private record Line(String text, float left, float right, float em) {
    }

    /**
     * Word and LibreOffice set Chinese and Latin text apart with a little space, which the text
     * layer gives as a blank ("关于 2024 年度"); Chinese never puts one there itself.
     */
    private static final Pattern CJK_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}，。；：、（）《》“”])\\s+(?=[\\p{Alnum}.%])|(?<=[\\p{Alnum}.%])\\s+(?=[\\p{IsHan}，。；：、（）《》“”])");

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private float left = Float.MAX_VALUE;
    private float right = -Float.MAX_VALUE;
    private float em;

    private PdfParagraphs() {
        setSortByPosition(true);
    }

    static List<String> read(PDDocument doc) throws IOException {
        PdfParagraphs p = new PdfParagraphs();
        p.writeText(doc, new StringWriter());
        p.endLine();
        return p.paragraphs();
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        text.append(s);
        for (TextPosition t : positions) {
            left = Math.min(left, t.getXDirAdj());
            right = Math.max(right, t.getXDirAdj() + t.getWidthDirAdj());
            if (t.getUnicode() != null && !t.getUnicode().isEmpty() && t.getUnicode().charAt(0) >= 0x2E80) {
                em = Math.max(em, t.getWidthDirAdj());
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writePageEnd() {
        endLine();
    }

    private void endLine() {
        String t = CJK_SPACE.matcher(text.toString().strip()).replaceAll("");
        if (!t.isEmpty()) lines.add(new Line(t, left, right, em > 0 ? em : 10));
        text.setLength(0);
        left = Float.MAX_VALUE;
        right = -Float.MAX_VALUE;
        em = 0;
    }

    private List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) return out;
        // The text column: where most lines start (the 10th percentile of starts) and end (the 90th of ends).
        float[] starts = sorted(lines.stream().map(Line::left).toList());
        float[] ends = sorted(lines.stream().map(Line::right).toList());
        float column = starts[(int) ((starts.length - 1) * 0.1)];
        float edge = ends[(int) ((ends.length - 1) * 0.9)];
        StringBuilder current = new StringBuilder();
        for (Line l : lines) {
            if (l.left() > column + 1.2f * l.em()) flush(out, current);
            current.append(l.text());
            if (l.right() < edge - 4.5f * l.em()) flush(out, current);
        }
        flush(out, current);
        return out;
    }

    private static float[] sorted(List<Float> values) {
        float[] a = new float[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        Arrays.sort(a);
        return a;
    }

    private static void flush(List<String> out, StringBuilder current) {
        if (current.length() > 0) out.add(current.toString());
        current.setLength(0);
    }
}
