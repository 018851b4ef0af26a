#!/usr/bin/env python3
"""Decode an obfuscated blob for inspection. Prints the result. Never executes anything."""
import base64
import binascii
import codecs
import re
import sys


def candidates(blob: str):
    s = blob.strip().strip("'\"")
    out = []
    for name, fn in (
        ("base64", lambda x: base64.b64decode(x + "=" * (-len(x) % 4), validate=False)),
        ("base64url", lambda x: base64.urlsafe_b64decode(x + "=" * (-len(x) % 4))),
        ("base85", base64.b85decode),
        ("hex", lambda x: binascii.unhexlify(re.sub(r"[^0-9a-fA-F]", "", x))),
        ("escapes", lambda x: codecs.decode(x, "unicode_escape").encode("latin1")),
    ):
        try:
            data = fn(s)
        except Exception:
            continue
        text = data.decode("utf-8", errors="replace")
        printable = sum(c.isprintable() or c in "\n\t" for c in text) / max(1, len(text))
        if printable > 0.9:
            out.append((name, text))
    return out


def main():
    if len(sys.argv) < 2:
        print("usage: decode_only.py '<blob>'", file=sys.stderr)
        return 2
    found = candidates(sys.argv[1])
    if not found:
        print("no printable decoding found")
    for name, text in found:
        print(f"--- {name} ---")
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
