#!/usr/bin/env python3
"""Draft, review and send mail through the user's SMTP account."""
import argparse
import hashlib
import json
import mimetypes
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage
from pathlib import Path

DRAFTS = Path.home() / ".local" / "share" / "mail-draft-send"
BLOCKED = (".ssh", ".openclaw", ".aws", ".gnupg", ".env", "auth-profiles", "credentials", "id_rsa", "id_ed25519")


def digest(d):
    return "d-" + hashlib.sha256(json.dumps(d, sort_keys=True).encode()).hexdigest()[:6]


def show(d):
    print(f"From:    {os.environ.get('MAIL_FROM', '?')}")
    for k in ("to", "cc", "bcc"):
        print(f"{k.capitalize() + ':':8} {', '.join(d[k]) or '—'}")
    print(f"Subject: {d['subject']}\n\n{d['body']}\n")
    for a in d["attach"]:
        print(f"📎 {a}  ({Path(a).stat().st_size:,} bytes)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    dr = sub.add_parser("draft")
    dr.add_argument("--to", action="append", required=True)
    dr.add_argument("--cc", action="append", default=[])
    dr.add_argument("--bcc", action="append", default=[])
    dr.add_argument("--subject", required=True)
    dr.add_argument("--body-file", required=True)
    dr.add_argument("--attach", action="append", default=[])
    for n in ("send", "discard"):
        sub.add_parser(n).add_argument("id")
    a = ap.parse_args()
    DRAFTS.mkdir(parents=True, exist_ok=True)

    if a.cmd == "draft":
        atts = [str(Path(x).expanduser().resolve()) for x in a.attach]
        for x in atts:
            if any(b in x for b in BLOCKED):
                sys.exit(f"refusing to attach sensitive path: {x}")
            if not Path(x).is_file():
                sys.exit(f"no such file: {x}")
        d = {"to": a.to, "cc": a.cc, "bcc": a.bcc, "subject": a.subject,
             "body": Path(a.body_file).read_text(), "attach": atts}
        i = digest(d)
        (DRAFTS / f"{i}.json").write_text(json.dumps(d))
        show(d)
        print(f"\ndraft id: {i}")
        return

    p = DRAFTS / f"{a.id}.json"
    if not p.exists():
        sys.exit("unknown draft")
    d = json.loads(p.read_text())
    if a.cmd == "discard":
        p.unlink(); print("discarded"); return
    if digest(d) != a.id:
        sys.exit("draft changed since review; create and review it again")

    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = os.environ["MAIL_FROM"], ", ".join(d["to"]), d["subject"]
    if d["cc"]:
        m["Cc"] = ", ".join(d["cc"])
    m.set_content(d["body"])
    for f in d["attach"]:
        ctype = mimetypes.guess_type(f)[0] or "application/octet-stream"
        m.add_attachment(Path(f).read_bytes(), maintype=ctype.split("/")[0], subtype=ctype.split("/")[1], filename=Path(f).name)
    host, _, port = os.environ["MAIL_SMTP_HOST"].partition(":")
    with smtplib.SMTP_SSL(host, int(port or 465), context=ssl.create_default_context()) as s:
        s.login(os.environ["MAIL_SMTP_USER"], os.environ["MAIL_SMTP_PASS"])
        s.send_message(m, to_addrs=d["to"] + d["cc"] + d["bcc"])
    p.unlink()
    print(f"sent to {', '.join(d['to'] + d['cc'] + d['bcc'])}")


if __name__ == "__main__":
    main()
