package cn.ziping.write;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * Gives an .xlsx the named cell style {@code Normal} (the {@code cellStyles} list of styles.xml)
 * when it has none. POI writes new workbooks without it; Excel copes, but openpyxl warns
 * "Workbook contains no default style" and other readers fall back to their own defaults. The
 * schema type for that list is not in poi-ooxml-lite, so the element is added with an XML cursor,
 * in its schema place (after cellXfs, before dxfs). .xls files always carry their built-in styles.
 */
final class NormalStyle {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The elements that follow cellStyles in CT_Stylesheet, in order. */
    private static final String[] AFTER = {"dxfs", "tableStyles", "colors", "extLst"};

    private NormalStyle() {
    }

    static void ensure(Workbook wb) {
        if (!(wb instanceof XSSFWorkbook x)) return;
        CTStylesheet css = x.getStylesSource().getCTStylesheet();
        try (XmlCursor c = css.newCursor()) {
            if (c.toChild(NS, "cellStyles")) return;
        }
        try (XmlCursor c = css.newCursor()) {
            boolean placed = false;
            for (String next : AFTER) {
                if (c.toChild(NS, next)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) c.toEndToken(); // no follower: last child of styleSheet
            c.beginElement("cellStyles", NS);
            c.insertAttributeWithValue("count", "1");
            c.beginElement("cellStyle", NS);
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }
}
