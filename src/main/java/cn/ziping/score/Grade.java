package cn.ziping.score;

import java.util.List;
import java.util.Map;

/** The three grades of a qualitative indicator (scoring.md §4). */
public enum Grade {
    ACHIEVED("达成年度指标"),
    PARTLY("部分达成年度指标并具有一定效果"),
    MISSED("未达成年度指标且效果较差");

    private final String text;

    Grade(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    private static final Map<Grade, List<String>> WORDS = Map.of(
            ACHIEVED, List.of("达成年度指标", "达成", "达成预期指标", "已达成", "完成", "已完成", "全部完成", "达到", "已达到"),
            PARTLY, List.of("部分达成年度指标并具有一定效果", "部分达成", "基本达成", "基本完成", "部分完成"),
            MISSED, List.of("未达成年度指标且效果较差", "未达成", "未完成", "未达到"));

    /** The grade a typed 实际完成值 means, or null when it is none of them. */
    public static Grade of(String text) {
        if (text == null) return null;
        String n = text.replaceAll("[\\s。.，,]", "");
        for (Grade g : values()) {
            if (WORDS.get(g).contains(n)) return g;
        }
        return null;
    }
}
