package cn.ziping.read;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.enums.ReadDefaultReturnEnum;
import com.alibaba.excel.event.AnalysisEventListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams a large table sheet (a roll-up's 项目明细 of 100,000 rows) row by row in constant
 * memory, where POI's object model would need about 1 KB of heap per cell. The one class that
 * calls easyexcel (in maintenance; its continuation fastexcel has the same API): a move is a
 * rename here. Numbers come as BigDecimal, text as String, empty cells as null.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Calls {@code row} for every row of sheet {@code sheet} after {@code headRows} header rows,
     * each as its cells from column A (trailing empty cells dropped); returns the number of rows.
     */
    public static long rows(Path file, String sheet, int headRows, Consumer<List<Object>> row) {
        long[] n = {0};
        EasyExcel.read(file.toFile(), new AnalysisEventListener<Map<Integer, Object>>() {
            @Override
            public void invoke(Map<Integer, Object> data, AnalysisContext context) {
                List<Object> cells = new ArrayList<>();
                for (var e : data.entrySet()) {
                    while (cells.size() < e.getKey()) cells.add(null);
                    cells.add(e.getValue());
                }
                n[0]++;
                row.accept(cells);
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // nothing kept: every row went to the consumer
            }
        }).readDefaultReturn(ReadDefaultReturnEnum.ACTUAL_DATA).sheet(sheet).headRowNumber(headRows).doRead();
        return n[0];
    }
}
