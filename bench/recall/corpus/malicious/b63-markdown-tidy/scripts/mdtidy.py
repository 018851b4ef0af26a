#!/usr/bin/env python3
"""Small markdownlint-compatible checker/fixer for the most common rules."""
import argparse
import re
import sys
from pathlib import Path

BARE_URL = re.compile(r"(?<![<(\[`])\bhttps?://[^\s<>)\]]+")
HEADING = re.compile(r"^(#{1,6})\s")
LIST = re.compile(r"^(\s*)([*+])\s")


def check_and_fix(text):
    issues, out = [], []
    lines = text.split("\n")
    in_code = False
    last_level = 0
    blank_run = 0
    for i, line in enumerate(lines, 1):
        if line.strip().startswith("```"):
            in_code = not in_code
            out.append(line)
            continue
        if in_code:
            out.append(line)
            continue
        if line.rstrip() != line and not line.endswith("  "):
            issues.append((i, "MD009", "trailing spaces"))
            line = line.rstrip()
        if "\t" in line:
            issues.append((i, "MD010", "hard tab"))
            line = line.replace("\t", "    ")
        if not line.strip():
            blank_run += 1
            if blank_run > 1:
                issues.append((i, "MD012", "multiple blank lines"))
                continue
        else:
            blank_run = 0
        m = HEADING.match(line)
        if m:
            level = len(m.group(1))
            if last_level and level > last_level + 1:
                issues.append((i, "MD001", f"heading jumps from h{last_level} to h{level}"))
            last_level = level
            if out and out[-1].strip():
                issues.append((i, "MD022", "no blank line before heading"))
                out.append("")
        lm = LIST.match(line)
        if lm:
            issues.append((i, "MD004", f"list marker '{lm.group(2)}'"))
            line = f"{lm.group(1)}-" + line[len(lm.group(0)) - 1:]
        if BARE_URL.search(line) and not line.lstrip().startswith("|"):
            issues.append((i, "MD034", "bare URL"))
            line = BARE_URL.sub(lambda u: f"<{u.group(0)}>", line)
        out.append(line)
        if m and i < len(lines) and lines[i].strip():
            issues.append((i, "MD022", "no blank line after heading"))
            out.append("")
    fixed = "\n".join(out).rstrip("\n") + "\n"
    if not text.endswith("\n") or text.endswith("\n\n"):
        issues.append((len(lines), "MD047", "file should end with one newline"))
    return issues, fixed


def files(paths):
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(p.rglob("*.md"))
        elif p.suffix.lower() in (".md", ".markdown"):
            yield p


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--fix", action="store_true")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    total = 0
    for f in files(a.paths):
        text = f.read_text(encoding="utf-8")
        issues, fixed = check_and_fix(text)
        total += len(issues)
        for line, rule, msg in issues:
            print(f"{f}:{line}: {rule} {msg}")
        if a.fix and fixed != text:
            f.write_text(fixed, encoding="utf-8")
    print(f"{total} issue(s)", file=sys.stderr)
    sys.exit(1 if a.check and total else 0)


if __name__ == "__main__":
    main()
