package cn.ziping.write.rollup;

import cn.ziping.check.Department;
import cn.ziping.model.Finding;
import cn.ziping.model.Severity;
import cn.ziping.score.ProjectScore;
import cn.ziping.score.Scoring;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The roll-up workbook of a batch ({@code 汇总结果.xlsx}): 单位汇总 (one row per department and a
 * 合计 row), 项目明细 (one row per project), 问题清单 (every finding; autofilter, frozen header),
 * 图表 (three native charts, see {@link RollupCharts}) and 无法读取. Rows are streamed (POI SXSSF):
 * each file's rows go to disk as it is added, so a province's 100,000 projects fit in a small heap;
 * only one line per department and the chart counts stay in memory. Values, not formulas, so that
 * previewers and table readers see every number.
 */
public final class Rollup implements AutoCloseable {

    /** Marks the file as ours (docProps/custom.xml), so a re-run may replace it and nothing else. */
    static final String PROPERTY = "ziping";
    static final String PROPERTY_VALUE = "汇总结果";
    static final String[] UNIT_HEADER = {"序号", "单位", "年度", "项目个数", "全年预算数合计（万元）", "全年执行数合计（万元）",
        "总体执行率", "90分（含）以上", "60（含）-90分", "60分以下", "错误数", "警告数", "提示数", "文件", "标注副本"};
    static final String[] PROJECT_HEADER = {"序号", "单位", "文件", "工作表", "项目名称", "全年预算数（万元）", "全年执行数（万元）",
        "执行率", "执行率得分", "指标得分", "总分", "等级", "结转项目"};
    static final String[] ISSUE_HEADER = {"序号", "单位", "文件", "严重程度", "代码", "工作表", "单元格", "说明", "应为"};
    static final String[] UNREADABLE_HEADER = {"序号", "文件", "原因"};
    /** Excel's last row: rows past it are counted, not written. */
    static final int MAX_ROW = 1_048_575;

    private final Path target;
    private final SXSSFWorkbook wb;
    private final RollupStyles styles;
    private final Sheet units;
    private final Sheet projects;
    private final Sheet issues;
    private final Sheet unreadable;
    private final RollupCharts.Counts counts = new RollupCharts.Counts();
    private BigDecimal budgetTotal = BigDecimal.ZERO;
    private BigDecimal executedTotal = BigDecimal.ZERO;
    private final long[] unitTotals = new long[7];
    private int projectRow = 1;
    private int issueRow = 1;
    private long dropped;

    public Rollup(Path target) {
        this.target = target;
        XSSFWorkbook base = new XSSFWorkbook();
        base.getProperties().getCustomProperties().addProperty(PROPERTY, PROPERTY_VALUE);
        this.wb = new SXSSFWorkbook(base, 200);
        this.styles = new RollupStyles(wb);
        units = sheet("单位汇总", UNIT_HEADER, new int[] {6, 30, 7, 9, 14, 14, 11, 9, 9, 9, 8, 8, 8, 40, 12});
        projects = sheet("项目明细", PROJECT_HEADER, new int[] {8, 26, 30, 14, 36, 14, 14, 10, 10, 10, 9, 6, 8});
        issues = sheet("问题清单", ISSUE_HEADER, new int[] {8, 26, 30, 9, 7, 14, 8, 80, 14});
        unreadable = sheet("无法读取", UNREADABLE_HEADER, new int[] {6, 50, 90});
    }

    private Sheet sheet(String name, String[] header, int[] widths) {
        Sheet sh = wb.createSheet(name);
        Row row = sh.createRow(0);
        row.setHeightInPoints(30); // two lines: the long amount headers wrap
        for (int c = 0; c < header.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(header[c]);
            cell.setCellStyle(styles.header);
            sh.setColumnWidth(c, widths[c] * 256);
        }
        sh.createFreezePane(0, 1);
        printWide(sh);
        return sh;
    }

    /** One readable workbook: its 单位汇总 line, its projects and its findings. */
    public void add(RollupEntry e) {
        Department d = e.department();
        String unit = d != null && d.name() != null ? d.name() : e.name() != null ? e.name() : e.file();
        Integer year = d != null && d.year() != null ? d.year() : e.year();
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal executed = BigDecimal.ZERO;
        int[] bands = new int[3];
        for (ProjectScore s : e.scores()) {
            if (s.budget() != null) budget = budget.add(s.budget());
            if (s.executed() != null) executed = executed.add(s.executed());
            // A project with no computable 总分 (scoring.md §8) is in no band.
            if (s.computable() && s.scored()) bands[Scoring.reportBand(s.total())]++;
            counts.score(s.computable() ? s.total() : null);
            project(unit, e, s);
        }
        if (d != null) {
            budget = d.budgetTotal();
            executed = d.executedTotal();
            bands = d.bands();
        }
        long[] sev = new long[3];
        for (Finding f : e.findings()) {
            sev[f.severity().ordinal()]++;
            counts.finding(f.code(), f.severity());
            issue(unit, e.file(), f);
        }
        int projectCount = d != null ? d.projects() : e.scores().size();
        int r = units.getLastRowNum() + 1;
        Row row = units.createRow(r);
        number(row, 0, r, styles.text);
        text(row, 1, unit, styles.text);
        if (year != null) number(row, 2, year, styles.text);
        number(row, 3, projectCount, styles.text);
        money(row, 4, budget, styles.money);
        money(row, 5, executed, styles.money);
        BigDecimal rate = rate(executed, budget);
        if (rate != null) money(row, 6, rate, styles.percent);
        long[] line = {projectCount, bands[0], bands[1], bands[2], sev[Severity.ERROR.ordinal()],
            sev[Severity.WARNING.ordinal()], sev[Severity.INFO.ordinal()]};
        for (int i = 1; i < line.length; i++) number(row, 6 + i, line[i], styles.text);
        for (int i = 0; i < line.length; i++) unitTotals[i] += line[i];
        text(row, 13, e.file(), styles.text);
        if (e.copy() != null) link(row.createCell(14), e.copy());
        budgetTotal = budgetTotal.add(budget);
        executedTotal = executedTotal.add(executed);
        counts.unit(unit, rate);
    }

    /** A file that could not be read (or processed), with the Chinese reason. */
    public void unreadable(String file, String reason) {
        int r = unreadable.getLastRowNum() + 1;
        Row row = unreadable.createRow(r);
        number(row, 0, r, styles.text);
        text(row, 1, file, styles.text);
        text(row, 2, reason, styles.wrap);
    }

    private void project(String unit, RollupEntry e, ProjectScore s) {
        if (projectRow > MAX_ROW) {
            dropped++;
            return;
        }
        Row row = projects.createRow(projectRow);
        number(row, 0, projectRow++, styles.text);
        text(row, 1, unit, styles.text);
        text(row, 2, e.file(), styles.text);
        text(row, 3, s.form().sheet(), styles.text);
        text(row, 4, s.form().displayName(), styles.text);
        if (s.budget() != null) money(row, 5, s.budget(), styles.money);
        if (s.executed() != null) money(row, 6, s.executed(), styles.money);
        if (s.computable()) {
            money(row, 7, s.ratePercent().movePointLeft(2), styles.percent);
            money(row, 8, s.executionScore(), styles.score);
        }
        money(row, 9, s.indicatorScore(), styles.score);
        if (s.computable() && s.scored()) {
            money(row, 10, s.total(), styles.score);
            text(row, 11, s.grade(), styles.text);
        } else {
            text(row, 10, "无法计算", styles.text);
        }
        text(row, 12, e.carryOverSheets().contains(s.form().sheet()) ? "是" : "否", styles.text);
    }

    private void issue(String unit, String file, Finding f) {
        if (issueRow > MAX_ROW) {
            dropped++;
            return;
        }
        Row row = issues.createRow(issueRow);
        number(row, 0, issueRow++, styles.text);
        text(row, 1, unit, styles.text);
        text(row, 2, file, styles.text);
        text(row, 3, f.severity().label(), styles.text);
        text(row, 4, f.code(), styles.text);
        text(row, 5, f.cell().sheet(), styles.text);
        text(row, 6, f.cell().a1(), styles.text);
        text(row, 7, f.message(), styles.text);
        if (f.expected() != null) text(row, 8, f.expected(), styles.text);
    }

    /** Adds the 合计 row, the filters and the charts, and writes the file atomically. */
    public void write() throws IOException {
        int r = units.getLastRowNum() + 1;
        Row row = units.createRow(r);
        text(row, 1, "合计", styles.total);
        money(row, 4, budgetTotal, styles.totalMoney);
        money(row, 5, executedTotal, styles.totalMoney);
        BigDecimal rate = rate(executedTotal, budgetTotal);
        if (rate != null) money(row, 6, rate, styles.totalPercent);
        number(row, 3, unitTotals[0], styles.total);
        for (int i = 1; i < unitTotals.length; i++) number(row, 6 + i, unitTotals[i], styles.total);
        units.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, UNIT_HEADER.length - 1));
        projects.setAutoFilter(new CellRangeAddress(0, Math.max(1, projectRow - 1), 0, PROJECT_HEADER.length - 1));
        issues.setAutoFilter(new CellRangeAddress(0, Math.max(1, issueRow - 1), 0, ISSUE_HEADER.length - 1));
        XSSFWorkbook base = wb.getXSSFWorkbook();
        RollupCharts.write(base, counts, dropped, styles);
        wb.setSheetOrder(RollupCharts.SHEET, 3);
        wb.setActiveSheet(0);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            tmp.toFile().setReadable(true, false);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Deletes the streaming temporary files. */
    @Override
    public void close() throws IOException {
        wb.close();
    }

    /** Printed (and rendered to PDF) landscape, all columns on one page width, the header on every page. */
    static void printWide(Sheet sh) {
        sh.getPrintSetup().setLandscape(true);
        sh.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sh.getPrintSetup().setFitWidth((short) 1);
        sh.getPrintSetup().setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    /** Is {@code file} a roll-up we wrote (so that a re-run may replace it)? */
    public static boolean isOurs(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry("docProps/custom.xml");
            if (e == null || e.getSize() > 65_536) return false;
            try (InputStream in = zip.getInputStream(e)) {
                String xml = new String(in.readNBytes(65_536), StandardCharsets.UTF_8);
                return xml.contains("name=\"" + PROPERTY + "\"") && xml.contains(PROPERTY_VALUE);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static BigDecimal rate(BigDecimal executed, BigDecimal budget) {
        if (budget == null || budget.signum() == 0 || executed == null) return null;
        return executed.divide(budget, 6, RoundingMode.HALF_UP);
    }

    private void link(Cell cell, Path copy) {
        Path base = target.toAbsolutePath().getParent();
        Path abs = copy.toAbsolutePath().normalize();
        String relative = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        Hyperlink h = wb.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        h.setAddress(relative.replace('\\', '/').replace("%", "%25").replace(" ", "%20").replace("#", "%23"));
        cell.setHyperlink(h);
        cell.setCellValue("打开");
        cell.setCellStyle(styles.link);
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int c, long value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void money(Row row, int c, BigDecimal value, CellStyle style) {
        if (value == null) return;
        Cell cell = row.createCell(c);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
