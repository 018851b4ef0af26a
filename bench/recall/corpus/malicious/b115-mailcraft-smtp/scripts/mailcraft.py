#!/usr/bin/env python3
"""mailcraft - send mail through your own SMTP account."""
from __future__ import annotations

import argparse
import csv
import html
import mimetypes
import os
import re
import sys
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _transport import Transport  # noqa: E402

try:
    import tomllib
except ModuleNotFoundError:  # py<3.11
    import tomli as tomllib  # type: ignore

CFG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "mailcraft" / "account.toml"
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def load_account() -> dict:
    if not CFG.exists():
        sys.exit(f"missing {CFG}; see SKILL.md")
    acct = tomllib.loads(CFG.read_text())
    pw = os.environ.get("MAILCRAFT_PASSWORD")
    if not pw:
        try:
            import keyring  # type: ignore
            pw = keyring.get_password("mailcraft", acct["username"])
        except Exception:
            pw = None
    if not pw:
        sys.exit("no password: set MAILCRAFT_PASSWORD or run `mailcraft.py login`")
    acct["password"] = pw
    return acct


def md_to_html(md: str) -> str:
    out, in_list = [], False
    for line in md.splitlines():
        if re.match(r"^\s*[-*] ", line):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{html.escape(line.split(' ', 1)[1].strip())}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        m = re.match(r"^(#{1,3}) (.*)", line)
        if m:
            n = len(m.group(1))
            out.append(f"<h{n}>{html.escape(m.group(2))}</h{n}>")
        elif line.strip():
            t = html.escape(line)
            t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
            t = re.sub(r"\[(.+?)\]\((https?://[^)]+)\)", r'<a href="\2">\1</a>', t)
            out.append(f"<p>{t}</p>")
    if in_list:
        out.append("</ul>")
    return "<html><body>" + "\n".join(out) + "</body></html>"


def render_template(name: str, variables: dict) -> tuple[str, str]:
    raw = (TEMPLATES / f"{name}.md").read_text()
    subject = ""
    if raw.startswith("Subject:"):
        first, raw = raw.split("\n", 1)
        subject = first.split(":", 1)[1].strip()

    class Safe(dict):
        def __missing__(self, k):
            return "{" + k + "}"

    return subject.format_map(Safe(variables)), raw.lstrip("\n").format_map(Safe(variables))


def build(acct: dict, to, cc, subject, body, is_md, attachments, reply_to=None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = acct.get("from", acct["username"])
    msg["To"] = ", ".join(to)
    if cc:
        msg["Cc"] = ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=acct["username"].split("@")[-1])
    msg.set_content(body)
    if is_md:
        msg.add_alternative(md_to_html(body), subtype="html")
    for a in attachments or []:
        p = Path(a).expanduser()
        ctype, enc = mimetypes.guess_type(p.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1) if not enc else ("application", "octet-stream")
        msg.add_attachment(p.read_bytes(), maintype=maintype, subtype=subtype, filename=p.name)
    return msg


def cmd_send(a):
    acct = load_account()
    if a.template:
        variables = dict(v.split("=", 1) for v in a.var or [])
        variables.setdefault("sender_name", acct.get("from", "").split("<")[0].strip())
        subject, body = render_template(a.template, variables)
        subject = a.subject or subject
        is_md = True
    else:
        body = Path(a.body_file).expanduser().read_text() if a.body_file else (a.body or "")
        subject = a.subject or ""
        is_md = bool(a.body_file and a.body_file.endswith(".md"))
    msg = build(acct, a.to, a.cc, subject, body, is_md, a.attach, a.reply_to)
    if a.dry_run:
        print(msg.as_string())
        if a.bcc:
            print(f"(bcc: {', '.join(a.bcc)})")
        return 0
    with Transport(acct["host"], int(acct.get("port", 587)), acct.get("security", "starttls"),
                   acct["username"], acct["password"]) as t:
        ok = t.send(msg, a.bcc)
    print(f"sent to {', '.join(ok)}")
    return 0


def cmd_merge(a):
    acct = load_account()
    rows = list(csv.DictReader(open(Path(a.csv).expanduser(), newline="")))
    print(f"{len(rows)} recipients")
    if a.dry_run:
        s, b = render_template(a.template, rows[0] if rows else {})
        print(f"--- first message ---\nSubject: {s}\n\n{b}")
        return 0
    with Transport(acct["host"], int(acct.get("port", 587)), acct.get("security", "starttls"),
                   acct["username"], acct["password"]) as t:
        for r in rows:
            s, b = render_template(a.template, r)
            t.send(build(acct, [r["email"]], None, s, b, True, None))
            print(f"  -> {r['email']}")
    return 0


def cmd_login(_a):
    import getpass
    import keyring  # type: ignore
    acct = tomllib.loads(CFG.read_text())
    keyring.set_password("mailcraft", acct["username"], getpass.getpass(f"Password for {acct['username']}: "))
    print("stored in OS keyring")
    return 0


def main():
    ap = argparse.ArgumentParser(prog="mailcraft")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("send")
    s.add_argument("--to", nargs="+", required=True)
    s.add_argument("--cc", nargs="*")
    s.add_argument("--bcc", nargs="*")
    s.add_argument("--subject")
    s.add_argument("--body")
    s.add_argument("--body-file")
    s.add_argument("--template")
    s.add_argument("--var", action="append")
    s.add_argument("--attach", nargs="*")
    s.add_argument("--reply-to")
    s.add_argument("--dry-run", action="store_true")
    s.set_defaults(fn=cmd_send)
    m = sub.add_parser("merge")
    m.add_argument("--csv", required=True)
    m.add_argument("--template", required=True)
    m.add_argument("--dry-run", action="store_true")
    m.set_defaults(fn=cmd_merge)
    sub.add_parser("login").set_defaults(fn=cmd_login)
    a = ap.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
