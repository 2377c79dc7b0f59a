package cn.ziping.write;

import java.util.ArrayList;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;

/**
 * Cell comments: ours are a block that starts with {@link #MARK}, appended after the user's own
 * text (libraries.md trap 3: a new comment would replace theirs). On every run our blocks are
 * removed first, so a re-run adds nothing twice.
 */
final class Comments {

    static final String MARK = "【ziping】";
    static final String AUTHOR = "ziping";

    private Comments() {
    }

    /** Removes every block we wrote; a comment that was only ours goes entirely. */
    static void stripOurs(Workbook wb) {
        for (Sheet sh : wb) {
            Map<CellAddress, ? extends Comment> all = sh.getCellComments();
            for (Map.Entry<CellAddress, ? extends Comment> e : new ArrayList<>(all.entrySet())) {
                Comment c = e.getValue();
                String text = c.getString() == null ? "" : c.getString().getString();
                int at = text.indexOf(MARK);
                if (at < 0) continue;
                String user = text.substring(0, at).stripTrailing();
                Cell cell = sh.getRow(e.getKey().getRow()) == null ? null
                        : sh.getRow(e.getKey().getRow()).getCell(e.getKey().getColumn());
                if (user.isEmpty()) {
                    if (cell != null) cell.removeCellComment();
                    else c.setString(wb.getCreationHelper().createRichTextString(""));
                } else {
                    c.setString(wb.getCreationHelper().createRichTextString(user));
                }
            }
        }
    }

    static void append(Cell cell, String ours) {
        Sheet sh = cell.getSheet();
        CreationHelper helper = sh.getWorkbook().getCreationHelper();
        Comment c = cell.getCellComment();
        if (c != null) {
            String user = c.getString() == null ? "" : c.getString().getString();
            c.setString(helper.createRichTextString(user.isEmpty() ? MARK + "\n" + ours : user + "\n" + MARK + "\n" + ours));
            return;
        }
        Drawing<?> drawing = sh.getDrawingPatriarch() != null ? sh.getDrawingPatriarch() : sh.createDrawingPatriarch();
        ClientAnchor anchor = helper.createClientAnchor();
        // XSSF first registers a new comment at the anchor's top-left cell: the box goes to the
        // right of the cell only where that neighbour has no comment of its own.
        int right = cell.getColumnIndex() + 1;
        int col1 = sh.getCellComment(new CellAddress(cell.getRowIndex(), right)) == null ? right : cell.getColumnIndex();
        anchor.setCol1(col1);
        anchor.setCol2(col1 + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 2 + ours.length() / 40);
        c = drawing.createCellComment(anchor);
        c.setAuthor(AUTHOR);
        c.setString(helper.createRichTextString(MARK + "\n" + ours));
        cell.setCellComment(c);
    }
}
