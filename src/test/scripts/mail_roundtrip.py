#!/usr/bin/env python3
"""Black-box check of `ziping mail --once` with clients other than ours (smtplib, imaplib, openpyxl).

  mail_roundtrip.py send  --smtp-port P --state FILE   sends two messages to the service's mailbox
  mail_roundtrip.py check --imap-port P --state FILE   fetches the replies as the sender and asserts them

The first message carries the example workbook under its Chinese name (RFC 2231, as Python and
Thunderbird write it); the second a single form whose name is RFC 2047 GBK-encoded, as Foxmail
and older Outlook write it. Each reply must go to the sender, thread with the original, carry a
plain-text and an HTML body and the annotated copy under the original name, and that copy must
open in openpyxl with a 校验结果 sheet. The service's mailbox must have moved both to 已处理.
"""
import argparse
import base64
import email
import email.policy
import imaplib
import io
import json
import smtplib
import sys
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

SERVICE = "ziping@czj.test"
SENDER = "zhang@unit.test"
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
EXAMPLE = Path("workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx")
TEMPLATE = Path("workbook-templates/项目支出绩效自评表（模板）.xlsx")
GBK_NAME = "项目表（单个）.xlsx"


def utf7(name):
    """IMAP modified UTF-7 (RFC 3501 5.1.3) for a folder name."""
    out, buf = [], []
    def flush():
        if buf:
            b = base64.b64encode("".join(buf).encode("utf-16-be")).decode().rstrip("=").replace("/", ",")
            out.append("&" + b + "-")
            buf.clear()
    for ch in name:
        if 0x20 <= ord(ch) <= 0x7e:
            flush()
            out.append("&-" if ch == "&" else ch)
        else:
            buf.append(ch)
    flush()
    return "".join(out)


def send(args):
    ids = []
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = SENDER, SERVICE, "2024年度绩效自评表，请审核"
    m["Message-ID"] = make_msgid(domain="unit.test")
    m.set_content("您好，附件是我单位的自评表。")
    m.add_attachment(EXAMPLE.read_bytes(), maintype=XLSX[0], subtype=XLSX[1], filename=EXAMPLE.name)
    ids.append((m["Message-ID"], EXAMPLE.name))

    m2 = EmailMessage()
    m2["From"], m2["To"], m2["Subject"] = SENDER, SERVICE, "单个项目表"
    m2["Message-ID"] = make_msgid(domain="unit.test")
    m2.set_content("单个项目。")
    m2.add_attachment(TEMPLATE.read_bytes(), maintype=XLSX[0], subtype=XLSX[1], filename="x.xlsx")
    part = list(m2.iter_attachments())[0]
    encoded = "=?GBK?B?" + base64.b64encode(GBK_NAME.encode("gbk")).decode() + "?="
    del part["Content-Disposition"]
    part["Content-Disposition"] = 'attachment; filename="%s"' % encoded
    ids.append((m2["Message-ID"], GBK_NAME))

    with smtplib.SMTP("127.0.0.1", args.smtp_port, timeout=30) as s:
        for msg in (m, m2):
            s.send_message(msg)
    Path(args.state).write_text(json.dumps(ids, ensure_ascii=False))
    print("sent %d messages" % len(ids))


def login(port, user, password):
    deadline = time.time() + 30
    while True:
        try:
            c = imaplib.IMAP4("127.0.0.1", port)
            c.login(user, password)
            return c
        except (OSError, imaplib.IMAP4.error):
            if time.time() > deadline:
                raise
            time.sleep(1)


def check(args):
    import openpyxl
    ids = json.loads(Path(args.state).read_text())
    c = login(args.imap_port, args.sender_login, args.sender_password)
    replies = []
    deadline = time.time() + 30
    while time.time() < deadline:
        c.select("INBOX")
        typ, data = c.search(None, "ALL")
        nums = data[0].split()
        if len(nums) >= len(ids):
            break
        time.sleep(1)
    for n in nums:
        typ, d = c.fetch(n, "(RFC822)")
        replies.append(email.message_from_bytes(d[0][1], policy=email.policy.default))
    c.logout()
    assert len(replies) == len(ids), "expected %d replies, got %d" % (len(ids), len(replies))
    by_thread = {r["In-Reply-To"]: r for r in replies}
    for msgid, name in ids:
        r = by_thread.get(msgid)
        assert r is not None, "no reply threaded to %s (have %s)" % (msgid, list(by_thread))
        assert msgid in r["References"], r["References"]
        assert [a.addr_spec for a in r["To"].addresses] == [SENDER], r["To"]
        assert r["Auto-Submitted"] == "auto-replied"
        assert str(r["Subject"]).startswith("回复："), r["Subject"]
        text = r.get_body(("plain",)).get_content()
        html = r.get_body(("html",)).get_content()
        assert "单位" in text and "项目个数" in text and "全年预算数合计" in text, text
        assert "<html" in html
        atts = list(r.iter_attachments())
        assert [a.get_filename() for a in atts] == [name], [a.get_filename() for a in atts]
        wb = openpyxl.load_workbook(io.BytesIO(atts[0].get_content()))
        assert "校验结果" in wb.sheetnames, wb.sheetnames
        print("reply to %s: %s, %s (%d bytes), sheets %s" % (msgid, r["Subject"], name, len(atts[0].get_content()),
                                                              wb.sheetnames[-1]))
    s = login(args.imap_port, args.service_login, args.service_password)
    typ, _ = s.select('"%s"' % utf7("已处理"))
    assert typ == "OK", "no 已处理 folder"
    typ, data = s.search(None, "ALL")
    assert len(data[0].split()) == len(ids), "已处理 holds %s" % data
    s.select("INBOX")
    typ, data = s.search(None, "ALL")
    assert data[0].split() == [], "INBOX still holds %s" % data
    s.logout()
    print("mail round trip OK: %d replies checked" % len(ids))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("step", choices=["send", "check"])
    p.add_argument("--smtp-port", type=int)
    p.add_argument("--imap-port", type=int)
    p.add_argument("--state", required=True)
    p.add_argument("--sender-login", default="zhang")
    p.add_argument("--sender-password", default="pw")
    p.add_argument("--service-login", default="ziping")
    p.add_argument("--service-password", default="secret")
    a = p.parse_args()
    send(a) if a.step == "send" else check(a)


if __name__ == "__main__":
    sys.exit(main())
