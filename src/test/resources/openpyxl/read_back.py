"""Reads an annotated workbook with openpyxl, an independent implementation, and prints what a
user would see of the cells ziping touched: one line per fact, for OpenpyxlReadBackTest."""
import sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(wb.sheetnames))
s = wb["汇总表"]
for ref in sys.argv[2:]:
    c = s[ref]
    fill = c.fill.fgColor.indexed if c.fill and c.fill.fill_type == "solid" else None
    comment = c.comment.text.replace("\n", "⏎") if c.comment else None
    print("cell", ref, c.value, "fill", fill, "comment", comment)
r = wb["校验结果"]
for row in r.iter_rows(min_row=1):
    for c in row:
        if c.hyperlink is not None:
            print("link", c.value, c.hyperlink.location)
