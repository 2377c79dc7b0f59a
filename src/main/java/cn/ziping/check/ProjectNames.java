package cn.ziping.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds where a report names the workbook's projects. Reports shorten names: they drop the year
 * ("2024年度政策性农房保险服务项目" → "政策性农房保险服务项目"), a suffix ("…服务项目", "…经费"), or wrap
 * the name in 《》 or “”. Each project gets those variants as aliases; an alias two projects share
 * belongs to the one whose full name it is, or to neither, so "森林草原消防大队基本运转经费" never
 * stands for "2023年度森林草原消防大队基本运转经费". At each position the longest alias wins.
 */
final class ProjectNames {

    /** A place in a paragraph where project {@code project} is named. */
    record Mention(int project, int start, int end) {
    }

    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?");
    private static final String[] SUFFIXES = {"服务项目", "专项资金", "工作经费", "项目", "经费", "资金", "费用"};
    private static final int MIN_ALIAS = 4;

    private final Map<String, Integer> aliases = new HashMap<>();
    private final int longest;

    ProjectNames(List<String> names) {
        Map<String, Set<Integer>> owners = new HashMap<>();
        Map<String, Integer> exact = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String full = Texts.norm(names.get(i));
            if (full.length() < MIN_ALIAS) continue;
            exact.putIfAbsent(full, i);
            for (String a : variants(full)) owners.computeIfAbsent(a, k -> new HashSet<>()).add(i);
        }
        int max = 0;
        for (Map.Entry<String, Set<Integer>> e : owners.entrySet()) {
            Integer owner = e.getValue().size() == 1 ? e.getValue().iterator().next() : exact.get(e.getKey());
            if (owner == null) continue;
            aliases.put(e.getKey(), owner);
            max = Math.max(max, e.getKey().length());
        }
        longest = max;
    }

    private static List<String> variants(String full) {
        List<String> out = new ArrayList<>();
        String noYear = YEAR.matcher(full).replaceFirst("");
        for (String base : new String[] {full, noYear}) {
            out.add(base);
            for (String suffix : SUFFIXES) {
                if (base.endsWith(suffix)) out.add(base.substring(0, base.length() - suffix.length()));
            }
        }
        out.removeIf(a -> a.length() < MIN_ALIAS);
        return out;
    }

    /**
     * The projects named in {@code text}, in order. A name inside a document title 《…》 that is
     * much longer than the name (《…关于…农房保险工作的通知》) is a title, not the project.
     */
    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Mention best = null;
            for (int len = Math.min(longest, text.length() - i); len >= MIN_ALIAS && best == null; len--) {
                Integer p = aliases.get(text.substring(i, i + len));
                if (p != null) best = new Mention(p, i, i + len);
            }
            if (best == null || insideTitle(text, best)) {
                i++;
                continue;
            }
            out.add(best);
            i = best.end();
        }
        return out;
    }

    private static boolean insideTitle(String text, Mention m) {
        int open = text.lastIndexOf('《', m.start());
        if (open < 0 || text.lastIndexOf('》', m.start()) > open) return false;
        int close = text.indexOf('》', m.end());
        if (close < 0) return false;
        int title = close - open - 1;
        return (m.end() - m.start()) < title * 0.8;
    }
}
