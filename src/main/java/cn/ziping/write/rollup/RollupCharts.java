package cn.ziping.write.rollup;

import cn.ziping.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 图表 sheet: three native Excel bar charts (they open in Excel, WPS and LibreOffice and
 * follow their data) over small tables on the same sheet, right of the charts: project 总分 by
 * band, 总体执行率 by department (the lowest {@link #MAX_UNITS} where there are more, a chart of
 * thousands of bars reads as nothing), and findings by check code (错误 and 警告 side by side).
 */
final class RollupCharts {

    static final String SHEET = "图表";
    static final String[] BANDS = {"90分（含）以上", "80-90分", "70-80分", "60-70分", "60分以下"};
    static final int MAX_UNITS = 40;
    /** Blue for a single series; for errors and warnings blue then orange. */
    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.ORANGE};
    /** Data tables start at this column (N), right of the charts. */
    static final int DATA_COL = 13;

    /** What the charts count, gathered as files are added. */
    static final class Counts {
        final int[] bands = new int[BANDS.length];
        int notComputable;
        final List<Map.Entry<String, BigDecimal>> rates = new ArrayList<>();
        final Map<String, long[]> codes = new TreeMap<>();

        void score(BigDecimal total) {
            if (total == null) {
                notComputable++;
                return;
            }
            double t = total.doubleValue();
            bands[t >= 90 ? 0 : t >= 80 ? 1 : t >= 70 ? 2 : t >= 60 ? 3 : 4]++;
        }

        void unit(String name, BigDecimal rate) {
            if (rate != null) rates.add(Map.entry(name, rate));
        }

        void finding(String code, Severity s) {
            if (s == Severity.INFO) return;
            codes.computeIfAbsent(code, k -> new long[2])[s == Severity.ERROR ? 0 : 1]++;
        }
    }

    private RollupCharts() {
    }

    static void write(XSSFWorkbook wb, Counts counts, long dropped, RollupStyles styles) {
        XSSFSheet sh = wb.createSheet(SHEET);
        XSSFDrawing drawing = sh.createDrawingPatriarch();
        int c = DATA_COL;
        // 1. score bands
        header(sh, 0, c, styles.header, "总分分段", "项目个数");
        for (int i = 0; i < BANDS.length; i++) {
            row(sh, i + 1).createCell(c).setCellValue(BANDS[i]);
            row(sh, i + 1).createCell(c + 1).setCellValue(counts.bands[i]);
        }
        row(sh, BANDS.length + 1).createCell(c).setCellValue("无法计算总分的项目 " + counts.notComputable + " 个，未计入图表");
        bar(drawing, sh, new int[] {0, 0, 12, 20}, "项目总分分布（按 ziping 计算的总分）", c, 1, BANDS.length, new int[] {c + 1},
                "项目个数", BarDirection.COL);
        // 2. execution rate by department (lowest first where there are many)
        List<Map.Entry<String, BigDecimal>> rates = new ArrayList<>(counts.rates);
        String title = "各单位总体执行率";
        if (rates.size() > MAX_UNITS) {
            rates.sort(Map.Entry.comparingByValue(Comparator.naturalOrder()));
            rates = rates.subList(0, MAX_UNITS);
            title = "总体执行率最低的 " + MAX_UNITS + " 个单位（共 " + counts.rates.size() + " 个）";
        }
        int top = BANDS.length + 4;
        header(sh, top, c, styles.header, "单位", "总体执行率");
        for (int i = 0; i < rates.size(); i++) {
            row(sh, top + 1 + i).createCell(c).setCellValue(rates.get(i).getKey());
            Cell v = row(sh, top + 1 + i).createCell(c + 1);
            v.setCellValue(rates.get(i).getValue().doubleValue());
            v.setCellStyle(styles.percent);
        }
        int height = Math.max(20, 8 + rates.size());
        bar(drawing, sh, new int[] {0, 21, 12, 21 + height}, title, c, top + 1, Math.max(1, rates.size()),
                new int[] {c + 1}, "总体执行率", BarDirection.COL);
        // 3. findings by check code
        int c3 = c + 3;
        header(sh, 0, c3, styles.header, "检查代码", "错误", "警告");
        int i = 1;
        for (Map.Entry<String, long[]> e : counts.codes.entrySet()) {
            row(sh, i).createCell(c3).setCellValue(e.getKey());
            row(sh, i).createCell(c3 + 1).setCellValue(e.getValue()[0]);
            row(sh, i).createCell(c3 + 2).setCellValue(e.getValue()[1]);
            i++;
        }
        int codesTop = 22 + height;
        // horizontal bars: one labelled row per code stays readable with forty codes
        int codesHeight = Math.max(20, 6 + counts.codes.size() * 3 / 2);
        bar(drawing, sh, new int[] {0, codesTop, 12, codesTop + codesHeight}, "各检查代码的问题数（错误、警告）", c3, 1,
                Math.max(1, counts.codes.size()), new int[] {c3 + 1, c3 + 2}, null, BarDirection.BAR);
        if (dropped > 0) {
            row(sh, codesTop + codesHeight + 2).createCell(0).setCellValue("项目明细或问题清单超过 Excel 的行数上限，另有 " + dropped
                    + " 行未写入：请按地区分批汇总。");
        }
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 1);
        sh.setFitToPage(true);
        sh.setColumnWidth(c, 30 * 256);
        sh.setColumnWidth(c3, 10 * 256);
    }

    private static void header(XSSFSheet sh, int r, int c, CellStyle style, String... names) {
        for (int i = 0; i < names.length; i++) {
            Cell cell = row(sh, r).createCell(c + i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(style);
        }
    }

    private static Row row(XSSFSheet sh, int r) {
        return sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
    }

    /**
     * A bar chart at {col1,row1,col2,row2} over categories in column {@code catCol} from row
     * {@code first} ({@code n} rows) and one series per value column; series named by the header.
     */
    private static void bar(XSSFDrawing drawing, XSSFSheet sh, int[] at, String title, int catCol, int first, int n,
                            int[] valueCols, String axisTitle, BarDirection direction) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at[0], at[1], at[2], at[3]);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        boolean across = direction == BarDirection.BAR;
        XDDFCategoryAxis x = chart.createCategoryAxis(across ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(across ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (across) x.setOrientation(AxisOrientation.MAX_MIN); // first code at the top, as in the table
        y.setCrosses(across ? AxisCrosses.MAX : AxisCrosses.AUTO_ZERO); // reversed categories: values along the bottom
        if (axisTitle != null) y.setTitle(axisTitle);
        var cats = XDDFDataSourcesFactory.fromStringCellRange(sh, new CellRangeAddress(first, first + n - 1, catCol, catCol));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(direction);
        data.setVaryColors(false);
        // side by side: a stacked chart needs an overlap value whose schema type poi-ooxml-lite lacks
        int k = 0;
        for (int v : valueCols) {
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sh, new CellRangeAddress(first, first + n - 1, v, v));
            XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(cats, values);
            s.setTitle(sh.getRow(first - 1).getCell(v).getStringCellValue(), new CellReference(SHEET, first - 1, v, true, true));
            // explicit colours: LibreOffice draws bars without a fill as invisible
            s.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(COLOURS[k++ % COLOURS.length])));
        }
        chart.plot(data);
        if (valueCols.length > 1) chart.getOrAddLegend().setPosition(LegendPosition.TOP);
    }
}
