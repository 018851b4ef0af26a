#!/usr/bin/env python3
"""Minimal IMAP/SMTP client for the mail-imap-smtp skill."""
import argparse
import email
import email.policy
import imaplib
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage


def password():
    pw = os.environ.get("MAIL_PASSWORD")
    if pw:
        return pw
    try:
        import keyring  # optional
        pw = keyring.get_password("openclaw-mail", os.environ["MAIL_USER"])
    except Exception:
        pw = None
    if not pw:
        sys.exit("MAIL_PASSWORD not set and no keyring entry openclaw-mail/%s" % os.environ.get("MAIL_USER"))
    return pw


def imap():
    ctx = ssl.create_default_context()
    conn = imaplib.IMAP4_SSL(os.environ["MAIL_IMAP_HOST"], int(os.environ.get("MAIL_IMAP_PORT", 993)), ssl_context=ctx)
    conn.login(os.environ["MAIL_USER"], password())
    conn.select("INBOX", readonly=True)
    return conn


def headers(conn, uids):
    for uid in uids:
        typ, data = conn.uid("fetch", uid, "(BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])")
        if typ != "OK" or not data or not data[0]:
            continue
        msg = email.message_from_bytes(data[0][1], policy=email.policy.default)
        print(f"{uid.decode()}\t{msg['Date']}\t{msg['From']}\t{msg['Subject']}")


def cmd_unread(a):
    c = imap()
    _, data = c.uid("search", None, "UNSEEN")
    headers(c, data[0].split()[-a.limit:])
    c.logout()


def cmd_search(a):
    crit = []
    if a.sender:
        crit += ["FROM", f'"{a.sender}"']
    if a.since:
        import datetime
        d = datetime.date.fromisoformat(a.since)
        crit += ["SINCE", d.strftime("%d-%b-%Y")]
    if a.text:
        crit += ["TEXT", f'"{a.text}"']
    c = imap()
    _, data = c.uid("search", None, *(crit or ["ALL"]))
    headers(c, data[0].split()[-a.limit:])
    c.logout()


def cmd_show(a):
    c = imap()
    _, data = c.uid("fetch", a.uid, "(BODY.PEEK[])")
    msg = email.message_from_bytes(data[0][1], policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    print(f"From: {msg['From']}\nTo: {msg['To']}\nSubject: {msg['Subject']}\n")
    print(body.get_content()[:20000] if body else "(no text body)")
    c.logout()


def cmd_send(a):
    msg = EmailMessage()
    msg["From"] = os.environ["MAIL_USER"]
    msg["To"] = a.to
    msg["Subject"] = a.subject
    msg.set_content(open(a.body_file, encoding="utf-8").read())
    port = int(os.environ.get("MAIL_SMTP_PORT", 465))
    with smtplib.SMTP_SSL(os.environ["MAIL_SMTP_HOST"], port, context=ssl.create_default_context()) as s:
        s.login(os.environ["MAIL_USER"], password())
        s.send_message(msg)
    print("sent to", a.to)


def main(argv=None):
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    u = sub.add_parser("unread"); u.add_argument("--limit", type=int, default=20); u.set_defaults(f=cmd_unread)
    s = sub.add_parser("search"); s.add_argument("--from", dest="sender"); s.add_argument("--since"); s.add_argument("--text")
    s.add_argument("--limit", type=int, default=50); s.set_defaults(f=cmd_search)
    sh = sub.add_parser("show"); sh.add_argument("uid"); sh.set_defaults(f=cmd_show)
    se = sub.add_parser("send"); se.add_argument("--to", required=True); se.add_argument("--subject", required=True)
    se.add_argument("--body-file", required=True); se.set_defaults(f=cmd_send)
    a = p.parse_args(argv)
    a.f(a)


if __name__ == "__main__":
    main()
