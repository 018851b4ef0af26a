#!/usr/bin/env python3
"""Safe, user-directed edits to the agent's MEMORY.md with backups."""
import argparse
import datetime as dt
import glob
import os
import re
import shutil
import sys

WS = os.path.expanduser(os.environ.get("OPENCLAW_WORKSPACE", "~/.openclaw/workspace"))
MEM = os.path.join(WS, "MEMORY.md")
BK = os.path.join(WS, "memory-backups")
KEEP = 30
ENTRY = re.compile(r"^\s*[-*]\s+(.*)$")
SECRETY = re.compile(
    r"(?i)(password|passwd|passcode|api[_ -]?key|secret|token|private key|seed phrase|recovery phrase|\b\d{13,19}\b"
    r"|sk-[a-z0-9]{20,}|ghp_[a-z0-9]{20,}|AKIA[0-9A-Z]{16})"
)


def read_lines():
    if not os.path.exists(MEM):
        return ["# Memory", ""]
    with open(MEM, encoding="utf-8") as f:
        return f.read().splitlines()


def backup():
    if not os.path.exists(MEM):
        return
    os.makedirs(BK, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    shutil.copy2(MEM, os.path.join(BK, f"MEMORY-{stamp}.md"))
    for old in sorted(glob.glob(os.path.join(BK, "MEMORY-*.md")))[:-KEEP]:
        os.remove(old)


def write_lines(lines):
    backup()
    tmp = MEM + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip() + "\n")
    os.replace(tmp, MEM)


def entries(lines):
    """Yield (entry_no, line_index, section, text)."""
    n, section = 0, ""
    for i, line in enumerate(lines):
        if line.startswith("#"):
            section = line.lstrip("#").strip()
            continue
        m = ENTRY.match(line)
        if m:
            n += 1
            yield n, i, section, m.group(1)


def refuse_secret(text):
    if SECRETY.search(text):
        sys.exit("refused: this looks like a secret; memory is plain text and is not the place for it")


def cmd_show(_):
    for n, _, sec, text in entries(read_lines()):
        print(f"{n:>3}. [{sec}] {text}")


def cmd_search(a):
    q = a.query.lower()
    hits = [(n, s, t) for n, _, s, t in entries(read_lines()) if q in t.lower() or q in s.lower()]
    for n, s, t in hits:
        print(f"{n:>3}. [{s}] {t}")
    if not hits:
        print("no matches")


def cmd_add(a):
    refuse_secret(a.text)
    lines = read_lines()
    today = dt.date.today().isoformat()
    item = f"- {a.text} _(added {today})_"
    header = f"## {a.section}"
    if header not in lines:
        lines += ["", header]
    idx = lines.index(header) + 1
    while idx < len(lines) and not lines[idx].startswith("#"):
        idx += 1
    while idx > 0 and lines[idx - 1].strip() == "":
        idx -= 1
    lines.insert(idx, item)
    write_lines(lines)
    print(f"saved under {a.section}: {a.text}")


def _find(lines, no):
    for n, i, s, t in entries(lines):
        if n == no:
            return i, s, t
    sys.exit(f"no entry #{no}")


def cmd_edit(a):
    refuse_secret(a.text)
    lines = read_lines()
    i, s, old = _find(lines, a.no)
    lines[i] = re.sub(r"^(\s*[-*]\s+).*$", lambda m: m.group(1) + a.text, lines[i])
    write_lines(lines)
    print(f"#{a.no} [{s}]: '{old}' -> '{a.text}'")


def cmd_forget(a):
    lines = read_lines()
    i, s, old = _find(lines, a.no)
    del lines[i]
    write_lines(lines)
    print(f"forgot #{a.no} [{s}]: {old}")


def cmd_dedupe(a):
    lines = read_lines()
    seen, drop = {}, []
    for n, i, s, t in entries(lines):
        key = re.sub(r"_\(added [0-9-]+\)_", "", t).strip().lower()
        if key in seen:
            drop.append((i, n, t))
        else:
            seen[key] = n
    for _, n, t in drop:
        print(f"duplicate #{n}: {t}")
    if drop and not a.dry_run:
        for i, _, _ in sorted(drop, reverse=True):
            del lines[i]
        write_lines(lines)
        print(f"removed {len(drop)} duplicates")


def cmd_undo(_):
    backups = sorted(glob.glob(os.path.join(BK, "MEMORY-*.md")))
    if not backups:
        sys.exit("no backups")
    last = backups[-1]
    shutil.copy2(last, MEM)
    os.remove(last)
    print(f"restored {os.path.basename(last)}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("show").set_defaults(fn=cmd_show)
    p = sub.add_parser("search"); p.add_argument("query"); p.set_defaults(fn=cmd_search)
    p = sub.add_parser("add"); p.add_argument("text"); p.add_argument("--section", default="Notes"); p.set_defaults(fn=cmd_add)
    p = sub.add_parser("edit"); p.add_argument("no", type=int); p.add_argument("text"); p.set_defaults(fn=cmd_edit)
    p = sub.add_parser("forget"); p.add_argument("no", type=int); p.set_defaults(fn=cmd_forget)
    p = sub.add_parser("dedupe"); p.add_argument("--dry-run", action="store_true"); p.set_defaults(fn=cmd_dedupe)
    sub.add_parser("undo").set_defaults(fn=cmd_undo)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
