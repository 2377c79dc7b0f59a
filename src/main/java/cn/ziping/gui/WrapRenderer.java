package cn.ziping.gui;

import java.awt.Component;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.table.TableCellRenderer;

/**
 * Shows a long text (a finding's 说明, a file's reason) wrapped over as many lines as it needs, and
 * grows its row to fit, so that no message is cut off with "…".
 */
final class WrapRenderer extends JTextArea implements TableCellRenderer {

    WrapRenderer() {
        setLineWrap(true);
        setWrapStyleWord(false); // Chinese has no spaces: break anywhere
        setOpaque(true);
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
        setText(value == null ? "" : value.toString());
        setFont(table.getFont());
        setForeground(selected ? table.getSelectionForeground() : table.getForeground());
        setBackground(selected ? table.getSelectionBackground() : table.getBackground());
        setBorder(UIManager.getBorder(focus ? "Table.focusCellHighlightBorder" : "Table.cellNoFocusBorder"));
        // the cell is narrower than its column by the grid line; a few pixels more keep a scaled
        // (HiDPI) font's last glyph from being clipped at the edge
        int width = table.getColumnModel().getColumn(col).getWidth() - table.getIntercellSpacing().width - 4;
        setSize(Math.max(width, 10), Short.MAX_VALUE);
        int needed = Math.max(table.getRowHeight(), getPreferredSize().height);
        // only grow, and only when it changes, so that painting does not loop on row heights
        if (needed > table.getRowHeight(row)) table.setRowHeight(row, needed);
        return this;
    }
}
