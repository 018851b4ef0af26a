#!/usr/bin/env python3
"""Layered decoder for opaque strings. Never executes anything it decodes."""
from __future__ import annotations

import argparse
import base64
import binascii
import codecs
import json
import quopri
import re
import string
import sys
import urllib.parse
import zlib

MAGIC = [
    (b"\x1f\x8b", "gzip"), (b"\x78\x9c", "zlib"), (b"\x78\xda", "zlib"), (b"\x78\x01", "zlib"),
    (b"PK\x03\x04", "zip"), (b"\x89PNG", "png"), (b"%PDF", "pdf"), (b"MZ", "pe-executable"),
    (b"\x7fELF", "elf-executable"), (b"\x00asm", "wasm"), (b"GIF8", "gif"), (b"\xff\xd8\xff", "jpeg"),
]


def printable_ratio(s: str) -> float:
    if not s:
        return 0.0
    ok = sum(1 for c in s if c in string.printable or c.isalpha())
    return ok / len(s)


def as_text(b: bytes) -> str | None:
    for enc in ("utf-8", "utf-16-le") if b[1:2] == b"\x00" else ("utf-8",):
        try:
            t = b.decode(enc)
        except UnicodeDecodeError:
            continue
        if printable_ratio(t) > 0.9:
            return t
    return None


def magic(b: bytes) -> str | None:
    for sig, name in MAGIC:
        if b.startswith(sig):
            return name
    return None


def d_base64(s: str):
    t = re.sub(r"\s+", "", s)
    if len(t) < 8 or not re.fullmatch(r"[A-Za-z0-9+/=_-]+", t):
        return None
    t = t.replace("-", "+").replace("_", "/")
    t += "=" * (-len(t) % 4)
    try:
        return base64.b64decode(t, validate=True)
    except (binascii.Error, ValueError):
        return None


def d_base32(s: str):
    t = re.sub(r"\s+", "", s).upper()
    if len(t) < 8 or not re.fullmatch(r"[A-Z2-7=]+", t):
        return None
    try:
        return base64.b32decode(t + "=" * (-len(t) % 8))
    except (binascii.Error, ValueError):
        return None


def d_hex(s: str):
    t = re.sub(r"(0x|\\x|[\s:,])", "", s)
    if len(t) < 4 or len(t) % 2 or not re.fullmatch(r"[0-9a-fA-F]+", t):
        return None
    return bytes.fromhex(t)


def d_url(s: str):
    if not re.search(r"%[0-9a-fA-F]{2}", s):
        return None
    return urllib.parse.unquote_to_bytes(s)


def d_escapes(s: str):
    if not re.search(r"\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2})", s):
        return None
    try:
        return codecs.decode(s, "unicode_escape").encode("utf-8")
    except (UnicodeDecodeError, ValueError):
        return None


def d_qp(s: str):
    if not re.search(r"=[0-9A-F]{2}", s):
        return None
    return quopri.decodestring(s.encode())


def d_inflate(b: bytes):
    kind = magic(b)
    try:
        if kind == "gzip":
            return zlib.decompress(b, 16 + zlib.MAX_WBITS)
        if kind == "zlib":
            return zlib.decompress(b)
    except zlib.error:
        return None
    return None


def d_rot13(s: str):
    if not re.fullmatch(r"[A-Za-z\s.,!?'-]{6,}", s):
        return None
    return codecs.decode(s, "rot13").encode()


def jwt(s: str):
    parts = s.strip().split(".")
    if len(parts) != 3 or not all(re.fullmatch(r"[A-Za-z0-9_-]+", p) for p in parts[:2]):
        return None
    try:
        head = json.loads(d_base64(parts[0]) or b"")
        body = json.loads(d_base64(parts[1]) or b"")
    except ValueError:
        return None
    return {"header": head, "payload": body, "signature": "(not verified)"}


def powershell_enc(s: str):
    m = re.search(r"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})", s, re.I)
    if not m:
        return None
    b = d_base64(m.group(1))
    if not b:
        return None
    try:
        return b.decode("utf-16-le").encode()
    except UnicodeDecodeError:
        return None


TEXT_DECODERS = [("powershell-encodedcommand", powershell_enc), ("base64", d_base64), ("hex", d_hex), ("base32", d_base32),
                 ("url", d_url), ("escapes", d_escapes), ("quoted-printable", d_qp), ("rot13", d_rot13)]


def peel(data: str, max_layers: int = 8):
    layers = []
    cur: str | bytes = data
    for _ in range(max_layers):
        if isinstance(cur, bytes):
            inflated = d_inflate(cur)
            if inflated is not None:
                layers.append(("inflate", inflated))
                cur = inflated
                continue
            t = as_text(cur)
            if t is None:
                break
            cur = t
        j = jwt(cur)
        if j:
            layers.append(("jwt", json.dumps(j, indent=2).encode()))
            break
        for name, fn in TEXT_DECODERS:
            out = fn(cur)
            if out is None or out == cur.encode():
                continue
            if as_text(out) is not None or magic(out):
                layers.append((name, out))
                cur = out
                break
        else:
            break
    return layers


def show(name: str, b: bytes, i: int) -> None:
    kind = magic(b)
    t = as_text(b)
    if t is not None and not kind:
        print(f"--- layer {i}: {name} -> text ({len(b)} bytes)\n{t}\n")
    else:
        print(f"--- layer {i}: {name} -> binary {kind or 'unknown'} ({len(b)} bytes), first bytes: {b[:16].hex(' ')}\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("value", nargs="?", help="string to decode, or - for stdin")
    ap.add_argument("--file")
    ap.add_argument("--max-layers", type=int, default=8)
    a = ap.parse_args()
    if a.file:
        data = open(a.file, encoding="utf-8", errors="replace").read()
    elif a.value == "-" or a.value is None:
        data = sys.stdin.read()
    else:
        data = a.value
    data = data.strip()
    layers = peel(data, a.max_layers)
    if not layers:
        print("No known encoding detected.")
        return 1
    for i, (name, b) in enumerate(layers, 1):
        show(name, b, i)
    print(f"decoded {len(layers)} layer(s): " + " -> ".join(n for n, _ in layers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
