package cn.ziping.read;

import java.util.regex.Pattern;

/**
 * Normalises labels before matching (form.md §2.2 rule 1): full-width to half-width, no white
 * space or line breaks, no trailing colon. {@link #header} also drops a trailing unit or
 * letter tag such as {@code (万元)}, {@code (A)}, {@code (B/A)}.
 */
public final class Labels {

    private static final Pattern TAG = Pattern.compile("\\((万元|元|%|[A-Za-z](/[A-Za-z])?)\\)$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");
    private static final Pattern POINTS = Pattern.compile("^(.*?)\\((\\d+(?:\\.\\d+)?)分\\)$");

    private Labels() {
    }

    public static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                b.append((char) (ch - 0xFEE0));
            } else if (ch == '\u3000') {
                b.append(' ');
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    /** Half-width, no white space, no trailing colon. */
    public static String norm(String s) {
        if (s == null) return "";
        String h = SPACE.matcher(halfWidth(s)).replaceAll("");
        while (h.endsWith(":")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** As {@link #norm}, then without a trailing unit or (A)/(B) tag. */
    public static String header(String s) {
        String n = norm(s);
        String prev;
        do {
            prev = n;
            n = TAG.matcher(n).replaceFirst("");
        } while (!n.equals(prev));
        return n;
    }

    /** {@code 产出指标(50分)} → {@code 产出指标}; other labels unchanged (normalised). */
    public static String withoutPoints(String s) {
        String n = norm(s);
        var m = POINTS.matcher(n);
        return m.matches() ? m.group(1) : n;
    }

    /** The points printed in a 一级 label ({@code 产出指标(50分)} → 50), or null. */
    public static String points(String s) {
        var m = POINTS.matcher(norm(s));
        return m.matches() ? m.group(2) : null;
    }

    /** Empty tokens of form.md §2.2 rule 4. */
    public static boolean isEmptyToken(String s) {
        if (s == null) return true;
        String n = norm(s);
        return n.isEmpty() || n.equals("—") || n.equals("-") || n.equals("/") || n.equals("*")
                || n.equals("无") || n.equals("——") || n.equals("--") || n.equals("－");
    }
}
