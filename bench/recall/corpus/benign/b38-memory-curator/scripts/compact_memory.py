#!/usr/bin/env python3
"""Deduplicate and compact a MEMORY.md file. Local only. Keeps a .bak copy."""
import argparse
import difflib
import re
import shutil
import sys

BULLET = re.compile(r"^\s*[-*]\s+(?:\(?(\d{4}-\d{2}-\d{2})\)?[:\s-]+)?(.*\S)\s*$")


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def compact(text: str):
    out, seen, removed = [], {}, []
    for line in text.splitlines():
        m = BULLET.match(line)
        if not m:
            out.append(line)
            continue
        key = norm(m.group(2))
        dup = next((k for k in seen if k == key or difflib.SequenceMatcher(None, k, key).ratio() > 0.92), None)
        if dup is not None:
            idx = seen[dup]
            # keep the newer dated entry
            old = BULLET.match(out[idx])
            if (m.group(1) or "") > (old.group(1) or ""):
                removed.append(out[idx])
                out[idx] = line
            else:
                removed.append(line)
            continue
        seen[key] = len(out)
        out.append(line)
    # collapse 3+ blank lines
    result = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"
    return result, removed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read()
    new, removed = compact(text)
    print(f"{len(text)} -> {len(new)} bytes, {len(removed)} duplicate bullets")
    for r in removed[:50]:
        print("  - " + r.strip())
    if a.dry_run:
        return 0
    shutil.copy2(a.file, a.file + ".bak")
    with open(a.file, "w", encoding="utf-8") as f:
        f.write(new)
    print(f"written; backup at {a.file}.bak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
