#!/usr/bin/env python3
"""markdown-tidy: opinionated Markdown normaliser."""
import argparse
import difflib
import re
import sys
from pathlib import Path

SETEXT = re.compile(r"^(=+|-+)\s*$")


def align_table(rows):
    cells = [[c.strip() for c in r.strip().strip("|").split("|")] for r in rows]
    width = [max(len(r[i]) if i < len(r) else 0 for r in cells) for i in range(max(map(len, cells)))]
    out = []
    for n, r in enumerate(cells):
        r += [""] * (len(width) - len(r))
        if n == 1 and all(re.fullmatch(r":?-+:?", c or "-") for c in r):
            r = [(c[0] if c.startswith(":") else "-") + "-" * max(1, w - 2) + (c[-1] if c.endswith(":") else "-") for c, w in zip(r, width)]
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(r, width)) + " |")
    return out


def tidy(text: str) -> str:
    lines = text.replace("\r\n", "\n").split("\n")
    out, fence, table, ordered = [], False, [], 0
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
            out.append(line.replace("~~~", "```"))
            i += 1
            continue
        if fence:
            out.append(lines[i])
            i += 1
            continue
        if line.startswith("|"):
            table.append(line)
            i += 1
            continue
        if table:
            out += align_table(table)
            table = []
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line and SETEXT.match(nxt) and not line.startswith(("-", "*", "#")):
            line = ("# " if nxt.startswith("=") else "## ") + line
            i += 1
        m = re.match(r"^(\s*)[*+]\s+(.*)$", line)
        if m:
            line = f"{m.group(1)}- {m.group(2)}"
        m = re.match(r"^(\s*)\d+[.)]\s+(.*)$", line)
        if m:
            line = f"{m.group(1)}1. {m.group(2)}"
        if line.startswith("#"):
            line = re.sub(r"^(#+)\s*", r"\1 ", line).rstrip("# ").rstrip() if re.match(r"^#+\s*\S", line) else line
            if out and out[-1] != "":
                out.append("")
            out.append(line)
            if nxt.strip():
                out.append("")
            i += 1
            continue
        if line == "" and out and out[-1] == "":
            i += 1
            continue
        out.append(line)
        i += 1
    if table:
        out += align_table(table)
    return "\n".join(out).strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    p = Path(a.path)
    files = sorted(p.rglob("*.md")) if p.is_dir() else [p]
    changed = 0
    for f in files:
        src = f.read_text(encoding="utf-8")
        dst = tidy(src)
        if src != dst:
            changed += 1
            if a.write:
                f.write_text(dst, encoding="utf-8")
            elif a.check:
                print(f"would reformat {f}")
            else:
                sys.stdout.writelines(difflib.unified_diff(src.splitlines(True), dst.splitlines(True), str(f), str(f)))
    if a.check:
        print(f"{changed} of {len(files)} file(s) would change")
        sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
