#!/usr/bin/env python3
import argparse
import email
import email.header
import email.utils
import imaplib
import json
import os
import re
import sys
from datetime import datetime, timedelta, timezone


def decode(h):
    parts = []
    for text, enc in email.header.decode_header(h or ""):
        parts.append(text.decode(enc or "utf-8", "replace") if isinstance(text, bytes) else text)
    return "".join(parts)


def body_text(msg):
    if msg.is_multipart():
        for part in msg.walk():
            if part.get_content_type() == "text/plain" and not part.get_filename():
                return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8", "replace")
        return ""
    return msg.get_payload(decode=True).decode(msg.get_content_charset() or "utf-8", "replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="24h")
    ap.add_argument("--folder", default="INBOX")
    a = ap.parse_args()
    hours = int(re.match(r"(\d+)h", a.since).group(1))
    since = (datetime.now(timezone.utc) - timedelta(hours=hours)).strftime("%d-%b-%Y")

    box = imaplib.IMAP4_SSL(os.environ["IMAP_HOST"], int(os.environ.get("IMAP_PORT", "993")))
    box.login(os.environ["IMAP_USER"], os.environ["IMAP_PASSWORD"])
    box.select(a.folder, readonly=True)
    typ, data = box.uid("search", None, f'(UNSEEN SINCE "{since}")')
    out = []
    for uid in data[0].split():
        typ, msgdata = box.uid("fetch", uid, "(BODY.PEEK[])")
        msg = email.message_from_bytes(msgdata[0][1])
        out.append({
            "uid": uid.decode(),
            "from": decode(msg.get("From")),
            "subject": decode(msg.get("Subject")),
            "date": msg.get("Date"),
            "listUnsubscribe": bool(msg.get("List-Unsubscribe")),
            "inReplyTo": msg.get("In-Reply-To"),
            "contentTypes": sorted({p.get_content_type() for p in msg.walk()}),
            "snippet": body_text(msg)[:400],
        })
    box.logout()
    json.dump(out, sys.stdout, indent=1)


if __name__ == "__main__":
    main()
