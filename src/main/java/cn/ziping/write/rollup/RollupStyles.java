package cn.ziping.write.rollup;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The roll-up's few styles, made once (never a style per cell). */
final class RollupStyles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle score;
    final CellStyle link;
    final CellStyle total;
    final CellStyle totalMoney;
    final CellStyle totalPercent;
    final CellStyle title;

    RollupStyles(Workbook wb) {
        Font bold = font(wb, true);
        Font plain = font(wb, false);
        Font blue = font(wb, false);
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        Font big = font(wb, true);
        big.setFontHeightInPoints((short) 14);
        header = style(wb, bold, null);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        text = style(wb, plain, null);
        wrap = style(wb, plain, null);
        wrap.setWrapText(true);
        money = style(wb, plain, "#,##0.00");
        percent = style(wb, plain, "0.00%");
        score = style(wb, plain, "0.00");
        link = style(wb, blue, null);
        total = style(wb, bold, null);
        totalMoney = style(wb, bold, "#,##0.00");
        totalPercent = style(wb, bold, "0.00%");
        title = style(wb, big, null);
    }

    private static Font font(Workbook wb, boolean bold) {
        Font f = wb.createFont();
        f.setFontName("宋体");
        f.setFontHeightInPoints((short) 11);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, String format) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (format != null) s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }
}
