package cn.ziping.gui;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;

/**
 * FlatLaf, Chinese everywhere (Swing's own dialogs and file chooser included), and a font that
 * shows Chinese: without a CJK font every label would be a row of boxes, so when the default
 * font cannot show Chinese a family that can is chosen.
 */
final class Look {

    /** A sample of what the window writes. */
    static final String SAMPLE = "预算项目绩效自评表校验结果单位年度";
    /** Families known to show Simplified Chinese well, tried first (Windows, macOS, UOS/Kylin, Debian). */
    private static final List<String> PREFERRED = List.of("Microsoft YaHei UI", "Microsoft YaHei", "微软雅黑", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "思源黑体", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "文泉驿微米黑", "文泉驿正黑", "Droid Sans Fallback", "SimHei", "SimSun", "宋体");

    private Look() {
    }

    static void install() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        JComponent.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        FlatLightLaf.setup();
        Font font = UIManager.getFont("defaultFont");
        if (font == null) font = UIManager.getFont("Label.font");
        if (font != null && font.canDisplayUpTo(SAMPLE) != -1) {
            String family = chineseFamily();
            if (family != null) UIManager.put("defaultFont", new FontUIResource(family, Font.PLAIN, font.getSize()));
        }
        UIManager.put("Table.showHorizontalLines", true);
        UIManager.put("ScrollBar.showButtons", false);
    }

    /** An installed family that shows the sample, preferred ones first; null when there is none. */
    static String chineseFamily() {
        List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String f : PREFERRED) {
            if (installed.contains(f) && new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return f;
        }
        for (String f : installed) {
            if (new Font(f, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) return f;
        }
        return null;
    }
}
