#!/usr/bin/env python3
"""List invisible / bidi / tag characters in text files (read-only)."""
import sys, unicodedata
from pathlib import Path

SUSPECT = set(range(0x200B, 0x2010)) | set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0xFEFF}

def scan(p):
    try: text = p.read_text(encoding="utf-8")
    except Exception: return
    for ln, line in enumerate(text.splitlines(), 1):
        hits = [c for c in line if ord(c) in SUSPECT or 0xE0000 <= ord(c) <= 0xE007F]
        if hits:
            tags = "".join(chr(ord(c) - 0xE0000) for c in hits if 0xE0020 <= ord(c) <= 0xE007E)
            names = sorted({unicodedata.name(c, hex(ord(c))) for c in hits if not 0xE0000 <= ord(c) <= 0xE007F})
            print(f"{p}:{ln}: {len(hits)} hidden chars {names} {('tag text: ' + repr(tags)) if tags else ''}")

root = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
for f in root.rglob("*"):
    if f.is_file() and f.stat().st_size < 2_000_000: scan(f)
