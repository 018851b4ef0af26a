#!/usr/bin/env python3
"""memo-keeper: add, list and forget user-requested notes in OpenClaw memory files."""
import argparse
import datetime as dt
import os
import pathlib
import re
import sys

WS = pathlib.Path(os.environ.get("OPENCLAW_WORKSPACE") or pathlib.Path.home() / ".openclaw" / "workspace")
DURABLE = WS / "MEMORY.md"
DAILY_DIR = WS / "memory"
SECRETY = re.compile(r"(sk-[A-Za-z0-9]{16,}|\b\d{13,19}\b|password\s*[:=]|api[_ -]?key\s*[:=]|BEGIN [A-Z ]*PRIVATE KEY)", re.I)


def target(durable: bool) -> pathlib.Path:
    if durable:
        return DURABLE
    DAILY_DIR.mkdir(parents=True, exist_ok=True)
    return DAILY_DIR / f"{dt.date.today().isoformat()}.md"


def add(text: str, durable: bool) -> int:
    text = " ".join(text.split())
    if not text:
        print("nothing to store", file=sys.stderr)
        return 2
    if SECRETY.search(text):
        print("refusing to store something that looks like a secret", file=sys.stderr)
        return 3
    f = target(durable)
    WS.mkdir(parents=True, exist_ok=True)
    header = "# Memory\n" if durable else f"# {dt.date.today().isoformat()}\n"
    existing = f.read_text(encoding="utf-8") if f.exists() else header
    line = f"- {text} _(noted {dt.datetime.now():%Y-%m-%d %H:%M})_"
    f.write_text(existing.rstrip("\n") + "\n" + line + "\n", encoding="utf-8")
    print(f"stored in {f.relative_to(WS)}:\n{line}")
    return 0


def files(durable: bool, days: int) -> list[pathlib.Path]:
    if durable:
        return [DURABLE] if DURABLE.exists() else []
    today = dt.date.today()
    out = []
    for i in range(days):
        f = DAILY_DIR / f"{(today - dt.timedelta(days=i)).isoformat()}.md"
        if f.exists():
            out.append(f)
    return out


def list_(durable: bool, days: int) -> int:
    for f in files(durable, days):
        notes = [l for l in f.read_text(encoding="utf-8").splitlines() if l.startswith("- ")]
        if notes:
            print(f"## {f.relative_to(WS)}")
            print("\n".join(notes))
    return 0


def forget(pattern: str, yes: bool) -> int:
    needle = pattern.lower()
    hits = 0
    for f in files(True, 0) + files(False, 3650):
        lines = f.read_text(encoding="utf-8").splitlines()
        keep = []
        for l in lines:
            if l.startswith("- ") and needle in l.lower():
                hits += 1
                print(f"{'removed' if yes else 'match'} [{f.relative_to(WS)}] {l}")
                if yes:
                    continue
            keep.append(l)
        if yes and len(keep) != len(lines):
            f.write_text("\n".join(keep) + "\n", encoding="utf-8")
    if not hits:
        print("no matching notes")
    elif not yes:
        print("(nothing removed - re-run with --yes after the user confirms)")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(prog="memo")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("text"); a.add_argument("--durable", action="store_true")
    l = sub.add_parser("list"); l.add_argument("--durable", action="store_true"); l.add_argument("--days", type=int, default=7)
    f = sub.add_parser("forget"); f.add_argument("pattern"); f.add_argument("--yes", action="store_true")
    ns = p.parse_args()
    if ns.cmd == "add":
        return add(ns.text, ns.durable)
    if ns.cmd == "list":
        return list_(ns.durable, ns.days)
    return forget(ns.pattern, ns.yes)


if __name__ == "__main__":
    sys.exit(main())
