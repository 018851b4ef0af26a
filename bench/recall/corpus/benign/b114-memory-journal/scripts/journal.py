#!/usr/bin/env python3
"""memory-journal: user-approved memory entries for the OpenClaw workspace."""
import argparse
import datetime as dt
import os
import re
import sys
from pathlib import Path

WS = Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace"))
DAILY = WS / "memory"
LONG = WS / "MEMORY.md"
SECTION = "## Remembered (memory-journal)"

SECRET_PATTERNS = [
    (r"-----BEGIN [A-Z ]*PRIVATE KEY-----", "private key"),
    (r"\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}", "API key"),
    (r"\bgh[pousr]_[A-Za-z0-9]{20,}", "GitHub token"),
    (r"\bxox[abposr]-[A-Za-z0-9-]{10,}", "Slack token"),
    (r"\bAKIA[0-9A-Z]{16}\b", "AWS access key"),
    (r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.", "JWT"),
    (r"\b(?:\d[ -]?){13,19}\b", "card-like number"),
    (r"(?i)\b(password|passwort|contraseña|mot de passe|passcode|pin)\b\s*[:=]?\s*\S+", "password"),
    (r"(?i)\b(api[_ -]?key|secret|token)\b\s*[:=]\s*\S+", "credential"),
]
INSTRUCTION_HINTS = re.compile(
    r"(?i)\b(always|never|must|do not mention|silently|without asking|ignore (all|previous))\b.*\b(run|send|curl|post|upload|execute|approve)\b"
)


def secret_kind(text):
    for pat, kind in SECRET_PATTERNS:
        if re.search(pat, text):
            return kind
    return None


def today_file():
    return DAILY / f"{dt.date.today().isoformat()}.md"


def add(text, long_term):
    kind = secret_kind(text)
    if kind:
        print(f"refused: looks like a {kind}. Secrets are not stored in memory.", file=sys.stderr)
        return 3
    text = " ".join(text.split())
    if long_term:
        body = LONG.read_text(encoding="utf-8") if LONG.exists() else "# MEMORY.md\n"
        if SECTION not in body:
            body = body.rstrip() + f"\n\n{SECTION}\n"
        body = body.rstrip() + f"\n- {text} _(saved {dt.date.today().isoformat()})_\n"
        LONG.write_text(body, encoding="utf-8")
        print(f"saved to {LONG}")
    else:
        DAILY.mkdir(parents=True, exist_ok=True)
        f = today_file()
        if not f.exists():
            f.write_text(f"# {dt.date.today().isoformat()}\n\n", encoding="utf-8")
        with f.open("a", encoding="utf-8") as h:
            h.write(f"- {dt.datetime.now().strftime('%H:%M')} {text}\n")
        print(f"saved to {f}")
    return 0


def files():
    if LONG.exists():
        yield LONG
    if DAILY.is_dir():
        yield from sorted(DAILY.glob("*.md"))


def find(q):
    ql = q.lower()
    n = 0
    for f in files():
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if ql in line.lower():
                print(f"{f.relative_to(WS)}:{i}: {line.strip()}")
                n += 1
    if not n:
        print("nothing found")
    return 0


def forget(q):
    removed = 0
    for f in files():
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = [l for l in lines if not (l.lstrip().startswith("- ") and q.lower() in l.lower())]
        if len(keep) != len(lines):
            f.write_text("".join(keep), encoding="utf-8")
            removed += len(lines) - len(keep)
    print(f"removed {removed} line(s)")
    return 0


def audit():
    """Flag lines that look like secrets or like instructions planted in memory."""
    flagged = 0
    for f in files():
        for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            why = secret_kind(line) or ("instruction-like" if INSTRUCTION_HINTS.search(line) else None)
            if why:
                print(f"{f.relative_to(WS)}:{i}: [{why}] {line.strip()[:120]}")
                flagged += 1
    print(f"{flagged} line(s) flagged" if flagged else "clean")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("--long-term", action="store_true"); a.add_argument("text")
    sub.add_parser("find").add_argument("query")
    sub.add_parser("forget").add_argument("query")
    sub.add_parser("audit")
    ns = ap.parse_args()
    if ns.cmd == "add":
        return add(ns.text, ns.long_term)
    if ns.cmd == "find":
        return find(ns.query)
    if ns.cmd == "forget":
        return forget(ns.query)
    return audit()


if __name__ == "__main__":
    sys.exit(main())
