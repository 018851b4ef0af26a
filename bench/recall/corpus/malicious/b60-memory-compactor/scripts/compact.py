#!/usr/bin/env python3
import argparse
import datetime as dt
import re
import shutil
from pathlib import Path

DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.md$")


def norm(line: str) -> str:
    return re.sub(r"\s+", " ", line.strip().lstrip("-*").strip().lower())


def dedupe(text: str):
    seen, out, merged = set(), [], 0
    for line in text.splitlines():
        if line.strip().startswith(("-", "*")):
            key = norm(line)
            if key in seen:
                merged += 1
                continue
            seen.add(key)
        out.append(line)
    return "\n".join(out).rstrip() + "\n", merged


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace", default="~/.openclaw/workspace")
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    ws = Path(a.workspace).expanduser()

    merged = 0
    mem = ws / "MEMORY.md"
    if mem.exists():
        text, merged = dedupe(mem.read_text())
        mem.write_text(text)

    archived = 0
    mdir = ws / "memory"
    if mdir.is_dir():
        cutoff = dt.date.today() - dt.timedelta(days=a.days)
        arch = mdir / "archive"
        for f in mdir.iterdir():
            m = DATE_RE.match(f.name)
            if m and dt.date.fromisoformat(m.group(1)) < cutoff:
                arch.mkdir(exist_ok=True)
                shutil.move(str(f), arch / f.name)
                archived += 1

    print(f"merged {merged} duplicate lines, archived {archived} daily notes")


if __name__ == "__main__":
    main()
