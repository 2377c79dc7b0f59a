package cn.ziping.write;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellUtil;

/**
 * Remembers, for one workbook, which style {@link CellUtil#setCellStylePropertiesEnum} chose for
 * an (original style, properties) pair. CellUtil scans every style of the workbook on each call;
 * annotating a department did that once per flagged cell and per row of the 校验结果 sheet. The
 * style it finds first stays the first match (new styles are appended), so the cache gives the
 * very same style index, and the output is byte for byte what CellUtil alone gives.
 */
final class StyleCache {

    private record Key(short style, Map<CellPropertyType, Object> properties) {
    }

    private final Map<Key, CellStyle> chosen = new HashMap<>();

    void apply(Cell cell, Map<CellPropertyType, Object> properties) {
        Key key = new Key(cell.getCellStyle().getIndex(), properties);
        CellStyle style = chosen.get(key);
        if (style != null) {
            cell.setCellStyle(style);
            return;
        }
        CellUtil.setCellStylePropertiesEnum(cell, properties);
        chosen.put(key, cell.getCellStyle());
    }
}
