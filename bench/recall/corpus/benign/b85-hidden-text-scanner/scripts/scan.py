#!/usr/bin/env python3
"""Find hidden or suspicious text in a skill/plugin folder (read-only)."""
import argparse
import json
import pathlib
import re
import sys

TEXT_EXT = {".md", ".txt", ".json", ".yaml", ".yml", ".toml", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs",
            ".cjs", ".ts", ".rb", ".go", ".ps1", ".html", ".css", ".xml", ".plist", ".cfg", ".ini", ""}

TAG = re.compile(r"[\U000E0000-\U000E007F]+")
ZW = re.compile(r"[\u200B\u200C\u200D\u2060\uFEFF]")
BIDI = re.compile(r"[\u202A-\u202E\u2066-\u2069]")
HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/=])")
DECODE_EXEC = [
    re.compile(r"base64\s+(-d|-D|--decode)[^\n|]*\|\s*(ba|z)?sh\b"),
    re.compile(r"\|\s*(ba|z)?sh\s*(-s)?\s*($|[;&)])", re.M),
    re.compile(r"exec\s*\(\s*[\w.]*urlopen"),
    re.compile(r"eval\s+\"?\$\((curl|wget)"),
    re.compile(r"sh\s+-c\s+\"\$\((curl|wget)"),
    re.compile(r"iex\s*\(|Invoke-Expression", re.I),
]
URL = re.compile(r"https?://[^\s\"'`<>)\]]+")


def line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def scan_file(p: pathlib.Path, root: pathlib.Path, reveal: bool):
    rel = str(p.relative_to(root))
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [{"file": rel, "line": 0, "kind": "binary", "excerpt": f"{p.stat().st_size} bytes"}]
    out = []
    for m in TAG.finditer(text):
        decoded = "".join(chr(ord(c) - 0xE0000) for c in m.group())
        out.append({"file": rel, "line": line_of(text, m.start()), "kind": "unicode-tag",
                    "excerpt": decoded if reveal else f"{len(m.group())} hidden chars (use --reveal)"})
    for rx, kind in ((ZW, "zero-width"), (BIDI, "bidi")):
        for m in rx.finditer(text):
            ctx = text[max(0, m.start() - 20):m.end() + 20].encode("unicode_escape").decode()
            out.append({"file": rel, "line": line_of(text, m.start()), "kind": kind, "excerpt": ctx})
    if p.suffix in (".md", ".html", ".txt", ""):
        for m in HTML_COMMENT.finditer(text):
            body = " ".join(m.group(1).split())
            out.append({"file": rel, "line": line_of(text, m.start()), "kind": "html-comment", "excerpt": body[:300]})
    for m in B64.finditer(text):
        out.append({"file": rel, "line": line_of(text, m.start()), "kind": "base64-blob", "excerpt": m.group()[:60] + "…"})
    for rx in DECODE_EXEC:
        for m in rx.finditer(text):
            ln = line_of(text, m.start())
            out.append({"file": rel, "line": ln, "kind": "decode-exec", "excerpt": text.splitlines()[ln - 1].strip()[:200]})
    for m in URL.finditer(text):
        out.append({"file": rel, "line": line_of(text, m.start()), "kind": "url", "excerpt": m.group()})
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--reveal", action="store_true")
    a = ap.parse_args()
    root = pathlib.Path(a.folder).resolve()
    if not root.is_dir():
        print(f"not a directory: {root}", file=sys.stderr)
        return 2
    findings = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and (p.suffix.lower() in TEXT_EXT) and ".git" not in p.parts and "node_modules" not in p.parts:
            findings.extend(scan_file(p, root, a.reveal))
        elif p.is_file() and p.suffix.lower() not in TEXT_EXT:
            findings.append({"file": str(p.relative_to(root)), "line": 0, "kind": "binary", "excerpt": f"{p.stat().st_size} bytes"})
    if a.json:
        json.dump(findings, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for f in findings:
            print(f"{f['kind']:13} {f['file']}:{f['line']}  {f['excerpt']}")
        serious = [f for f in findings if f["kind"] not in ("url",)]
        print(f"\n{len(findings)} findings ({len(serious)} non-URL)")
    return 1 if any(f["kind"] != "url" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
