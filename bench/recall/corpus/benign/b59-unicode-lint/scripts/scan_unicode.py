#!/usr/bin/env python3
"""Report bidi controls, invisible characters, variation-selector/tag runs and homoglyph identifiers."""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

BIDI = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C}
ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF}
TEXT_EXT = {".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py", ".sh", ".ps1", ".md", ".json", ".yml", ".yaml", ".go", ".rs", ".rb", ".java", ".c", ".h", ".cc"}
IDENT = re.compile(r"[^\W\d_][\w]*", re.UNICODE)


def is_varsel(cp):
    return 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF


def is_tag(cp):
    return 0xE0000 <= cp <= 0xE007F


def script_of(ch):
    name = unicodedata.name(ch, "")
    for s in ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE"):
        if name.startswith(s):
            return s
    return None


def render(line):
    out = []
    for ch in line:
        cp = ord(ch)
        if cp in BIDI or cp in ZERO_WIDTH or is_varsel(cp) or is_tag(cp):
            out.append(f"⟦U+{cp:04X}⟧")
        else:
            out.append(ch)
    return "".join(out)


def scan_line(text, allow_emoji):
    findings = []
    i = 0
    while i < len(text):
        cp = ord(text[i])
        if cp in BIDI:
            findings.append((i, "BIDI", cp))
        elif cp in ZERO_WIDTH:
            prev = text[i - 1] if i else ""
            if not (allow_emoji and cp == 0x200D and prev and unicodedata.category(prev) == "So"):
                findings.append((i, "ZERO-WIDTH", cp))
        elif is_varsel(cp) or is_tag(cp):
            j = i
            while j < len(text) and (is_varsel(ord(text[j])) or is_tag(ord(text[j]))):
                j += 1
            run = j - i
            if is_tag(cp):
                hidden = "".join(chr(ord(c) - 0xE0000) for c in text[i:j] if is_tag(ord(c)))
                findings.append((i, "TAG", cp, run, hidden))
            elif run >= 4 or not (allow_emoji and run == 1 and cp == 0xFE0F):
                findings.append((i, "VARSEL", cp, run))
            i = j
            continue
        i += 1
    for m in IDENT.finditer(text):
        scripts = {script_of(c) for c in m.group(0)} - {None}
        if len(scripts) > 1:
            findings.append((m.start(), "HOMOGLYPH", ord(m.group(0)[0]), m.group(0)))
    return findings


def scan_file(path, allow_emoji):
    results = []
    try:
        content = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return results
    for n, line in enumerate(content.splitlines(), 1):
        if n == 1 and line.startswith("\ufeff"):
            line = line[1:]
        for f in scan_line(line, allow_emoji):
            col, cat, cp = f[0], f[1], f[2]
            item = {"file": str(path), "line": n, "col": col + 1, "category": cat, "codepoint": f"U+{cp:04X}",
                    "name": unicodedata.name(chr(cp), "?"), "rendered": render(line)[:300]}
            if cat in ("VARSEL", "TAG"):
                item["run"] = f[3]
            if cat == "TAG":
                item["hidden_text"] = f[4]
            if cat == "HOMOGLYPH":
                item["identifier"] = f[3]
            results.append(item)
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--allow-emoji-zwj", action="store_true")
    args = ap.parse_args()
    root = Path(args.path)
    files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file() and p.suffix in TEXT_EXT and "node_modules" not in p.parts]
    results = [r for f in sorted(files) for r in scan_file(f, args.allow_emoji_zwj)]
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
    else:
        for r in results:
            extra = f" run={r['run']}" if "run" in r else ""
            print(f"{r['file']}:{r['line']}:{r['col']}  {r['category']:<10} {r['codepoint']} {r['name']}{extra}")
            print(f"    {r['rendered']}")
            if "hidden_text" in r:
                print(f"    hidden text: {r['hidden_text']!r}")
        print(f"{len(results)} finding(s) in {len(files)} file(s)")
    sys.exit(1 if results else 0)


if __name__ == "__main__":
    main()
