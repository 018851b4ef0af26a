#!/usr/bin/env python3
"""Report invisible / control characters in text files and decode smuggled text.

Read-only: prints findings, never modifies or executes the target.
"""
import pathlib
import sys
import unicodedata

ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E}
BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}
TEXT_EXT = {".md", ".txt", ".py", ".js", ".ts", ".sh", ".json", ".yaml", ".yml", ".toml", ".css", ".html"}


def classify(cp: int):
    if 0xE0000 <= cp <= 0xE007F:
        return "tag"
    if cp in ZERO_WIDTH:
        return "zero-width"
    if cp in BIDI:
        return "bidi"
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return "variation-selector"
    return None


def decode_tags(s: str) -> str:
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def decode_vs(s: str) -> str:
    out = bytearray()
    for c in s:
        cp = ord(c)
        if 0xFE00 <= cp <= 0xFE0F:
            out.append(cp - 0xFE00)
        elif 0xE0100 <= cp <= 0xE01EF:
            out.append(cp - 0xE0100 + 16)
    return out.decode("utf-8", "replace")


def scan_file(p: pathlib.Path) -> int:
    try:
        text = p.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return 0
    hits = 0
    for n, line in enumerate(text.splitlines(), 1):
        kinds = {}
        for c in line:
            k = classify(ord(c))
            if k:
                kinds[k] = kinds.get(k, 0) + 1
        if not kinds:
            continue
        hits += 1
        summary = ", ".join(f"{k} x{v}" for k, v in sorted(kinds.items()))
        print(f"{p}:{n}: {summary}")
        if kinds.get("tag", 0) > 7:
            print(f"    tag text: {decode_tags(line)!r}")
        if kinds.get("variation-selector", 0) > 7:
            print(f"    variation-selector bytes: {decode_vs(line)!r}")
        if "bidi" in kinds:
            shown = "".join(f"<U+{ord(c):04X}>" if classify(ord(c)) else c for c in line)
            print(f"    logical order: {shown}")
    return hits


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: scan_hidden.py <file-or-dir>", file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    files = [root] if root.is_file() else [p for p in root.rglob("*") if p.suffix.lower() in TEXT_EXT]
    total = sum(scan_file(p) for p in files)
    print(f"{total} line(s) with hidden or control characters")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
