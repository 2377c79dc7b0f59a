package cn.ziping.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the templates, created once per workbook. */
final class Styles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle center;
    final CellStyle label;
    final CellStyle input;
    final CellStyle inputNum;
    final CellStyle computed;
    final CellStyle computedPct;
    final CellStyle link;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        bold.setFontName("宋体");
        bold.setFontHeightInPoints((short) 11);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontName("宋体");
        big.setFontHeightInPoints((short) 16);
        Font plain = wb.createFont();
        plain.setFontName("宋体");
        plain.setFontHeightInPoints((short) 11);
        Font linkFont = wb.createFont();
        linkFont.setFontName("宋体");
        linkFont.setUnderline(Font.U_SINGLE);
        linkFont.setColor(IndexedColors.BLUE.getIndex());
        title = base(wb, big, false);
        note = base(wb, plain, false);
        note.setAlignment(HorizontalAlignment.LEFT);
        center = base(wb, plain, true);
        label = base(wb, bold, true);
        label.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input = base(wb, plain, true);
        input.setAlignment(HorizontalAlignment.LEFT);
        inputNum = base(wb, plain, true);
        inputNum.setAlignment(HorizontalAlignment.RIGHT);
        computed = base(wb, plain, true);
        computed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        computed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        computed.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        computedPct = base(wb, plain, true);
        computedPct.cloneStyleFrom(computed);
        computedPct.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        link = base(wb, linkFont, true);
    }

    private static CellStyle base(Workbook wb, Font font, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
