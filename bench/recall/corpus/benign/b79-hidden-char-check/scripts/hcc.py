#!/usr/bin/env python3
"""hidden-char-check: reveal invisible / deceptive Unicode."""
import argparse
import sys
import unicodedata
from pathlib import Path

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x200E, 0x200F}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A))
TAG = range(0xE0000, 0xE0080)


def is_emoji(c):
    return c and (unicodedata.category(c) == "So" or 0x1F000 <= ord(c) <= 0x1FAFF)


def script_of(c):
    n = unicodedata.name(c, "")
    for s in ("LATIN", "CYRILLIC", "GREEK"):
        if n.startswith(s):
            return s
    return None


def scan(text, name):
    out = []
    for ln, line in enumerate(text.splitlines(), 1):
        tag_run, tag_start = [], None
        for col, ch in enumerate(line, 1):
            cp = ord(ch)
            if cp in TAG:
                if tag_start is None:
                    tag_start = col
                if 0xE0020 <= cp <= 0xE007E:
                    tag_run.append(chr(cp - 0xE0000))
                continue
            if tag_run:
                out.append((name, ln, tag_start, "TAG-TEXT", f"hidden text: {''.join(tag_run)!r}"))
                tag_run, tag_start = [], None
            if cp in ZERO_WIDTH:
                prev = line[col - 2] if col > 1 else ""
                nxt = line[col] if col < len(line) else ""
                if cp == 0x200D and (is_emoji(prev) or is_emoji(nxt)):
                    continue
                out.append((name, ln, col, "ZERO-WIDTH", f"U+{cp:04X} {unicodedata.name(ch, '?')}"))
            elif cp in BIDI:
                out.append((name, ln, col, "BIDI", f"U+{cp:04X} {unicodedata.name(ch, '?')}"))
        if tag_run:
            out.append((name, ln, tag_start, "TAG-TEXT", f"hidden text: {''.join(tag_run)!r}"))
        for word_start, word in words(line):
            scripts = {script_of(c) for c in word if c.isalpha()} - {None}
            if "LATIN" in scripts and len(scripts) > 1:
                odd = [f"{c}=U+{ord(c):04X}" for c in word if script_of(c) not in (None, "LATIN")]
                out.append((name, ln, word_start, "HOMOGLYPH", f"{word!r} mixes {'+'.join(sorted(scripts))}: {', '.join(odd[:4])}"))
    return out


def words(line):
    start, buf = None, []
    for i, c in enumerate(line + " ", 1):
        if c.isalpha() or ord(c) in ZERO_WIDTH:
            if start is None:
                start = i
            buf.append(c)
        elif buf:
            yield start, "".join(x for x in buf if ord(x) not in ZERO_WIDTH)
            start, buf = None, []


def strip(text):
    return "".join(c for c in text if ord(c) not in TAG and ord(c) not in BIDI and
                   (ord(c) not in ZERO_WIDTH or ord(c) == 0x200D))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--ext", default=".md,.txt,.py,.js,.ts,.sh,.json,.yaml,.yml")
    ap.add_argument("--strip", action="store_true")
    ap.add_argument("--in-place", action="store_true")
    a = ap.parse_args()
    exts = set(a.ext.split(","))
    files = []
    for p in a.paths:
        if p == "-":
            files.append(("<stdin>", sys.stdin.read()))
            continue
        q = Path(p)
        for f in ([q] if q.is_file() else [x for x in q.rglob("*") if x.is_file() and x.suffix in exts]):
            files.append((str(f), f.read_text(encoding="utf-8", errors="replace")))
    total = 0
    for name, text in files:
        for f, ln, col, cat, msg in scan(text, name):
            total += 1
            print(f"{f}:{ln}:{col}  {cat:10}  {msg}")
        if a.strip and name != "<stdin>":
            dst = Path(name) if a.in_place else Path(name + ".clean")
            dst.write_text(strip(text), encoding="utf-8")
            print(f"wrote {dst}")
    print(f"{total} finding(s) in {len(files)} file(s)")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
