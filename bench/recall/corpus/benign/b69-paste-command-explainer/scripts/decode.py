#!/usr/bin/env python3
"""Statically decode an obfuscated shell fragment. Prints text only; never executes anything."""
import base64
import binascii
import codecs
import re
import sys


def attempts(blob):
    s = blob.strip().strip("'\"")
    out = []
    try:
        out.append(("base64", base64.b64decode(s + "=" * (-len(s) % 4), validate=True).decode("utf-8")))
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    if re.fullmatch(r"(?:[0-9a-fA-F]{2})+", s):
        try:
            out.append(("hex", bytes.fromhex(s).decode("utf-8")))
        except UnicodeDecodeError:
            pass
    if "\\x" in s:
        try:
            out.append(("\\x escapes", codecs.decode(s, "unicode_escape")))
        except UnicodeDecodeError:
            pass
    out.append(("reversed", s[::-1]))
    out.append(("rot13", codecs.decode(s, "rot13")))
    return out


def printable(t):
    return t and sum(c.isprintable() or c in "\n\t" for c in t) / len(t) > 0.95


def main():
    if len(sys.argv) != 2:
        print("usage: decode.py '<blob>'", file=sys.stderr)
        return 2
    shown = 0
    for name, text in attempts(sys.argv[1]):
        if printable(text) and name not in ("reversed", "rot13") or (name in ("reversed", "rot13") and re.search(r"\b(curl|wget|bash|sh|python|http)\b", text)):
            print(f"--- {name} ---\n{text}")
            shown += 1
    if not shown:
        print("(no readable decoding found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
