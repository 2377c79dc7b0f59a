package cn.ziping.gui;

import cn.ziping.app.Evaluation;
import cn.ziping.model.Severity;
import java.awt.Color;
import java.awt.Component;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.RowFilter;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableModel;
import javax.swing.table.TableRowSorter;

/**
 * The three tables of the window (files; findings and projects of the selected file) and the
 * department line, kept in step with the model's rows.
 */
final class ResultTables {

    static final Color ROSE = new Color(0xF8D7DA);
    static final Color AMBER = new Color(0xFFE8B0);
    static final Color TURQUOISE = new Color(0xD4F1F4);
    static final Color GREEN = new Color(0xD6F0D8);

    final DefaultTableModel filesModel = model(List.of("状态", "文件", "说明"), String.class, String.class, String.class);
    final DefaultTableModel findingsModel = model(Details.FINDING_COLUMNS, String.class, String.class, String.class, String.class);
    final DefaultTableModel projectsModel = model(Details.PROJECT_COLUMNS, String.class, BigDecimal.class, BigDecimal.class,
            String.class, BigDecimal.class, BigDecimal.class, BigDecimal.class, String.class);
    final JTable files = new JTable(filesModel);
    final JTable findings = new JTable(findingsModel);
    final JTable projects = new JTable(projectsModel);
    final JLabel department = new JLabel(" ");
    final JComboBox<String> severity = new JComboBox<>(new String[] {"全部", "错误", "警告", "提示"});
    private final TableRowSorter<TableModel> findingsSorter = new TableRowSorter<>(findingsModel);
    private List<FileRow> rows = List.of();
    private FileRow shown;

    ResultTables() {
        files.setName("files");
        findings.setName("findings");
        projects.setName("projects");
        department.setName("department");
        severity.setName("severity");
        files.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        files.getColumnModel().getColumn(0).setCellRenderer(new StatusRenderer());
        files.getColumnModel().getColumn(1).setCellRenderer(new WrapRenderer());
        files.getColumnModel().getColumn(2).setCellRenderer(new WrapRenderer());
        widths(files, 90, 330, 700);
        findings.setRowSorter(findingsSorter);
        findingsSorter.setComparator(0, Comparator.comparingInt(ResultTables::severityRank));
        findings.getColumnModel().getColumn(0).setCellRenderer(new SeverityRenderer());
        // a 位置 names its sheet, and a project's sheet name can be long: it wraps like the 说明
        findings.getColumnModel().getColumn(2).setCellRenderer(new WrapRenderer());
        findings.getColumnModel().getColumn(3).setCellRenderer(new WrapRenderer());
        widths(findings, 70, 60, 190, 860);
        projects.setAutoCreateRowSorter(true);
        for (int c = 1; c < 7; c++) projects.getColumnModel().getColumn(c).setCellRenderer(new NumberRenderer(c < 3));
        widths(projects, 330, 100, 100, 80, 80, 80, 70, 60);
        severity.addActionListener(e -> filter());
    }

    /** Shows the model's rows, keeping the user's selection; selects the first finished file once there is one. */
    void show(List<FileRow> newRows) {
        int selected = files.getSelectedRow();
        if (newRows.size() != rows.size()) {
            filesModel.setRowCount(0);
            for (FileRow r : newRows) filesModel.addRow(new Object[] {r.status().label(), r.name(), r.reason()});
        } else {
            for (int i = 0; i < newRows.size(); i++) {
                FileRow r = newRows.get(i);
                if (r != rows.get(i)) {
                    filesModel.setValueAt(r.status().label(), i, 0);
                    filesModel.setValueAt(r.reason(), i, 2);
                }
            }
        }
        rows = newRows;
        if (selected >= 0 && selected < rows.size()) {
            if (files.getSelectedRow() != selected) files.setRowSelectionInterval(selected, selected);
        } else {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).status().finished()) {
                    files.setRowSelectionInterval(i, i);
                    break;
                }
            }
        }
        details();
    }

    /** The selected file's row, or null. */
    FileRow selected() {
        int i = files.getSelectedRow();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    List<FileRow> rows() {
        return rows;
    }

    /** Fills the department line and the two tables from the selected file (when it changed). */
    void details() {
        FileRow r = selected();
        if (r == shown) return;
        shown = r;
        Evaluation e = r == null ? null : r.evaluation();
        String line = Details.departmentLine(e);
        department.setText(line.isEmpty() ? (r == null ? " " : r.name() + "：" + r.reason()) : line);
        findingsModel.setRowCount(0);
        Details.findingRows(e).forEach(findingsModel::addRow);
        projectsModel.setRowCount(0);
        Details.projectRows(e).forEach(projectsModel::addRow);
    }

    private void filter() {
        String s = (String) severity.getSelectedItem();
        findingsSorter.setRowFilter("全部".equals(s) || s == null ? null : RowFilter.regexFilter("^" + s + "$", 0));
    }

    private static int severityRank(Object label) {
        return Arrays.stream(Severity.values()).filter(s -> s.label().equals(label)).findFirst().map(Enum::ordinal).orElse(9);
    }

    private static DefaultTableModel model(List<String> columns, Class<?>... classes) {
        return new DefaultTableModel(columns.toArray(), 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }

            @Override
            public Class<?> getColumnClass(int column) {
                return classes[column];
            }
        };
    }

    private static void widths(JTable t, int... widths) {
        for (int i = 0; i < widths.length; i++) t.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
    }

    /** Numbers right-aligned; amounts (万元) always with two decimals, scores as computed. */
    private static final class NumberRenderer extends DefaultTableCellRenderer {
        private final boolean amount;

        NumberRenderer(boolean amount) {
            this.amount = amount;
            setHorizontalAlignment(SwingConstants.RIGHT);
        }

        @Override
        protected void setValue(Object v) {
            super.setValue(amount && v instanceof BigDecimal d ? d.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : v);
        }
    }

    /** The file's status on its colour: rose for errors, amber for warnings, green for passed. */
    private static final class StatusRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            if (!sel) {
                Color bg = switch (String.valueOf(v)) {
                    case "有错误", "无法读取", "程序出错", "未写出" -> ROSE;
                    case "有警告", "报告未用" -> AMBER;
                    case "通过" -> GREEN;
                    default -> t.getBackground();
                };
                c.setBackground(bg);
            }
            return c;
        }
    }

    /** The severity on the colour the annotated copy gives its cell. */
    private static final class SeverityRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            Component c = super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            if (!sel) {
                c.setBackground(switch (String.valueOf(v)) {
                    case "错误" -> ROSE;
                    case "警告" -> AMBER;
                    case "提示" -> TURQUOISE;
                    default -> t.getBackground();
                });
            }
            return c;
        }
    }
}
