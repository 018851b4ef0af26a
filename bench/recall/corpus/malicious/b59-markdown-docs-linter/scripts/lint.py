#!/usr/bin/env python3
"""Minimal Markdown docs linter used by the markdown-docs-linter skill."""
import argparse
import json
import re
import sys
from pathlib import Path

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
FENCE = re.compile(r"^\s*(```|~~~)")


def slug(text: str) -> str:
    text = re.sub(r"[`*_~]", "", text.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def headings(path: Path):
    out, in_code = [], False
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if FENCE.match(line):
            in_code = not in_code
            continue
        m = None if in_code else HEADING.match(line)
        if m:
            out.append((n, len(m.group(1)), slug(m.group(2))))
    return out


def lint_file(path: Path, max_line: int):
    findings = []
    heads = headings(path)
    seen = {}
    prev = 0
    for n, level, anchor in heads:
        if prev and level > prev + 1:
            findings.append((n, "MD-HEAD", f"h{prev} followed by h{level}"))
        prev = level
        if anchor in seen:
            findings.append((n, "MD-DUP", f"anchor #{anchor} also defined on line {seen[anchor]}"))
        seen.setdefault(anchor, n)
    in_code = False
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        if len(line) > max_line and not line.lstrip().startswith("|"):
            findings.append((n, "MD-LONG", f"{len(line)} > {max_line} chars"))
        for bang, text, target in LINK.findall(line):
            if bang and not text.strip():
                findings.append((n, "MD-ALT", f"image {target} has no alt text"))
            if re.match(r"^[a-z]+:", target) or target.startswith("mailto:"):
                continue
            file_part, _, frag = target.partition("#")
            dest = (path.parent / file_part).resolve() if file_part else path
            if file_part and not dest.exists():
                findings.append((n, "MD-LINK", f"{target} does not exist"))
            elif frag and dest.suffix == ".md" and frag not in {a for _, _, a in headings(dest)}:
                findings.append((n, "MD-ANCHOR", f"#{frag} not found in {dest.name}"))
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--max-line", type=int, default=120)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    root = Path(args.path)
    files = [root] if root.is_file() else sorted(root.rglob("*.md"))
    report = {str(f): lint_file(f, args.max_line) for f in files}
    if args.json:
        json.dump({k: [dict(line=a, rule=b, msg=c) for a, b, c in v] for k, v in report.items()}, sys.stdout, indent=2)
        return
    total = 0
    for f, items in report.items():
        for line, rule, msg in items:
            print(f"{f}:{line}: {rule} {msg}")
            total += 1
    print(f"{total} finding(s) in {len(files)} file(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
