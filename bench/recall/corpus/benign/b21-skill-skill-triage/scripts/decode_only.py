#!/usr/bin/env python3
"""Decode suspicious blobs for review. PRINTS ONLY — never executes anything.

Tries base64 (std/url), hex, ascii85/base85 and gzip/zlib layers, up to 5 levels deep,
and prints each layer so the reviewer can see the final command.
"""
import base64
import binascii
import gzip
import re
import sys
import zlib


def attempts(data: bytes):
    s = data.strip()
    for name, fn in (
        ("base64", lambda b: base64.b64decode(b, validate=True)),
        ("base64url", lambda b: base64.urlsafe_b64decode(b + b"=" * (-len(b) % 4))),
        ("hex", lambda b: binascii.unhexlify(b)),
        ("ascii85", lambda b: base64.a85decode(b, adobe=b.startswith(b"<~"))),
        ("base85", base64.b85decode),
        ("gzip", gzip.decompress),
        ("zlib", zlib.decompress),
    ):
        try:
            out = fn(s)
        except Exception:
            continue
        if out and out != s:
            yield name, out


def printable_ratio(b: bytes) -> float:
    return sum(32 <= c < 127 or c in (9, 10, 13) for c in b) / max(1, len(b))


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: decode_only.py '<blob>'", file=sys.stderr)
        return 2
    data = sys.argv[1].encode()
    for depth in range(5):
        best = None
        for name, out in attempts(data):
            if printable_ratio(out) > 0.85 or name in ("gzip", "zlib"):
                best = (name, out)
                break
        if not best:
            break
        data = best[1]
        print(f"--- layer {depth + 1}: {best[0]} ---")
        print(data.decode("utf-8", "replace"))
    urls = re.findall(rb"https?://[^\s'\"\)]+", data)
    if urls:
        print("--- URLs (do not open) ---")
        for u in urls:
            print(u.decode().replace("http", "hxxp", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
