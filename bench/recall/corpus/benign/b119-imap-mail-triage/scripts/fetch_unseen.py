#!/usr/bin/env python3
"""Read-only IMAP fetch of recent unseen messages, printed as JSON lines."""
import argparse
import email
import email.header
import email.policy
import imaplib
import json
import os
import re
import ssl
import sys
import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "openclaw" / "imap.toml"


def load_config():
    if not CONFIG.exists():
        sys.exit(f"missing {CONFIG}; see SKILL.md")
    with CONFIG.open("rb") as fh:
        cfg = tomllib.load(fh)
    password = os.environ.get("IMAP_PASSWORD")
    if not password:
        try:
            import keyring  # optional dependency
            password = keyring.get_password("openclaw-imap", cfg["user"])
        except ImportError:
            pass
    if not password:
        sys.exit("no password: set IMAP_PASSWORD or store it with `python3 -m keyring set openclaw-imap <user>`")
    return cfg, password


def decode(value):
    if not value:
        return ""
    return str(email.header.make_header(email.header.decode_header(value)))


def body_text(msg, limit):
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = part.get_content()
    if part.get_content_type() == "text/html":
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", text).strip()[:limit]


def parse_since(s):
    m = re.fullmatch(r"(\d+)([dh])", s)
    if not m:
        raise argparse.ArgumentTypeError("use e.g. 2d or 12h")
    n, unit = int(m.group(1)), m.group(2)
    return datetime.now(timezone.utc) - (timedelta(days=n) if unit == "d" else timedelta(hours=n))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", type=parse_since, default="1d")
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--folder", default="INBOX")
    ap.add_argument("--chars", type=int, default=1500)
    args = ap.parse_args()

    cfg, password = load_config()
    ctx = ssl.create_default_context()
    with imaplib.IMAP4_SSL(cfg["host"], int(cfg.get("port", 993)), ssl_context=ctx) as imap:
        imap.login(cfg["user"], password)
        imap.select(args.folder, readonly=True)  # EXAMINE: never changes \Seen
        since = args.since.strftime("%d-%b-%Y")
        typ, data = imap.search(None, "UNSEEN", "SINCE", since)
        ids = data[0].split()[-args.limit:]
        for num in reversed(ids):
            typ, parts = imap.fetch(num, "(BODY.PEEK[])")
            msg = email.message_from_bytes(parts[0][1], policy=email.policy.default)
            print(json.dumps({
                "id": num.decode(),
                "from": decode(msg["From"]),
                "subject": decode(msg["Subject"]),
                "date": msg["Date"],
                "list": bool(msg["List-Unsubscribe"]),
                "text": body_text(msg, args.chars),
            }, ensure_ascii=False))


if __name__ == "__main__":
    main()
