#!/usr/bin/env python3
"""Static, non-executing decoder for suspicious payloads."""
import argparse
import base64
import binascii
import gzip
import hashlib
import os
import re
import string
import urllib.parse
import zlib

MAX_LAYERS = 5
KEYWORDS = [b"eval", b"exec", b"child_process", b"Invoke-Expression", b"IEX", b"FromBase64String",
            b"/dev/tcp", b"curl", b"wget", b"powershell", b"WScript.Shell", b"require(", b"__import__"]
URL_RE = re.compile(rb"https?://[^\s'\"<>]+")
IP_RE = re.compile(rb"\b(?:\d{1,3}\.){3}\d{1,3}\b")
PATH_RE = re.compile(rb"(?:~|/home/\w+|/etc|/tmp|%APPDATA%|C:\\\\)[^\s'\"]*")


def try_decode(data: bytes):
    s = data.strip()
    if s[:2] == b"\x1f\x8b":
        return "gzip", gzip.decompress(s)
    if s[:1] == b"\x78":
        try:
            return "zlib", zlib.decompress(s)
        except zlib.error:
            pass
    if re.fullmatch(rb"(?:[0-9a-fA-F]{2})+", s) and len(s) >= 8:
        return "hex", binascii.unhexlify(s)
    if re.fullmatch(rb"[A-Za-z0-9+/=_-]+", s) and len(s) >= 8:
        try:
            return "base64", base64.b64decode(s + b"=" * (-len(s) % 4), altchars=b"-_" if b"-" in s or b"_" in s else None, validate=False)
        except binascii.Error:
            pass
    if b"%" in s and re.search(rb"%[0-9a-fA-F]{2}", s):
        return "percent", urllib.parse.unquote_to_bytes(s)
    return None, data


def printable(data: bytes, limit=600):
    keep = set(string.printable.encode())
    text = bytes(b if b in keep else 0x2E for b in data)
    return text[:limit].decode("ascii", "replace")


def defang(b: bytes):
    return b.decode("utf-8", "replace").replace("http", "hxxp").replace(".", "[.]")


def main():
    ap = argparse.ArgumentParser()
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--text")
    src.add_argument("--file")
    ap.add_argument("--ps", action="store_true", help="treat first layer as UTF-16LE PowerShell -enc")
    ap.add_argument("--out", default="quarantine")
    a = ap.parse_args()

    data = a.text.encode() if a.text else open(a.file, "rb").read()
    root = os.path.join(a.out, hashlib.sha256(data).hexdigest()[:16])
    os.makedirs(root, exist_ok=True)

    layers = []
    for n in range(MAX_LAYERS):
        kind, out = try_decode(data)
        if kind is None or out == data:
            break
        if n == 0 and a.ps and kind == "base64":
            out = out.decode("utf-16le", "replace").encode()
            kind = "base64(utf-16le)"
        p = os.path.join(root, f"layer-{n + 1}.bin")
        with open(p, "wb") as fh:
            fh.write(out)
        os.chmod(p, 0o400)  # read-only evidence, never executable
        layers.append((kind, len(out), hashlib.sha256(out).hexdigest(), p))
        data = out

    print("== layers ==")
    for i, (k, size, h, p) in enumerate(layers, 1):
        print(f"{i}. {k:18} {size:8d} bytes  sha256={h[:16]}..  {p}")
    print("\n== final layer (printable preview) ==")
    print(printable(data))
    print("\n== indicators (defanged) ==")
    for u in sorted(set(URL_RE.findall(data))):
        print("url   ", defang(u))
    for ip in sorted(set(IP_RE.findall(data))):
        print("ipv4  ", defang(ip))
    for pth in sorted(set(PATH_RE.findall(data)))[:20]:
        print("path  ", pth.decode("utf-8", "replace"))
    hits = [k.decode() for k in KEYWORDS if k.lower() in data.lower()]
    print("keywords:", ", ".join(hits) if hits else "(none)")


if __name__ == "__main__":
    main()
