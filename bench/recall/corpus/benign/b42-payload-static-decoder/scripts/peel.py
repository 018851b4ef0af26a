#!/usr/bin/env python3
"""Peel encoding layers off a suspicious payload WITHOUT executing anything."""
from __future__ import annotations

import argparse
import base64
import binascii
import gzip
import re
import sys
import zlib

B64_RUN = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
HEX_RUN = re.compile(r"(?:\\x[0-9a-fA-F]{2}){8,}|\b(?:[0-9a-fA-F]{2}){16,}\b")
CHARCODE = re.compile(r"String\.fromCharCode\(([\d,\s]+)\)")
PS_ENC = re.compile(r"-(?:e|ec|enc|encodedcommand)\s+([A-Za-z0-9+/=]{20,})", re.I)

IOC_PATTERNS = {
    "url": re.compile(r"\b(?:https?|ftp)://[^\s'\"`)<>]+", re.I),
    "ipv4": re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),
    "path": re.compile(r"(?:~|\$HOME|%APPDATA%|/tmp|/Users/[^/\s]+)/[\w./-]+"),
    "shell-sink": re.compile(r"\|\s*(?:ba|z)?sh\b|\beval\b|\bexec\(|Invoke-Expression|\bIEX\b", re.I),
    "btc-like": re.compile(r"\b(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}\b"),
    "eth-like": re.compile(r"\b0x[a-fA-F0-9]{40}\b"),
}


def printable_ratio(b: bytes) -> float:
    if not b:
        return 0.0
    return sum(32 <= c < 127 or c in (9, 10, 13) for c in b) / len(b)


def try_decompress(b: bytes) -> bytes | None:
    for fn in (gzip.decompress, zlib.decompress, lambda x: zlib.decompress(x, -15)):
        try:
            return fn(b)
        except Exception:  # noqa: BLE001
            continue
    return None


def decode_once(text: str, xor_key: int | None) -> tuple[str, str] | None:
    m = PS_ENC.search(text)
    if m:
        try:
            return "powershell -EncodedCommand (utf-16le base64)", base64.b64decode(m.group(1)).decode("utf-16le")
        except Exception:  # noqa: BLE001
            pass
    m = CHARCODE.search(text)
    if m:
        return "String.fromCharCode", "".join(chr(int(x)) for x in m.group(1).split(",") if x.strip())
    for run in sorted(B64_RUN.findall(text), key=len, reverse=True):
        try:
            raw = base64.b64decode(run + "=" * (-len(run) % 4))
        except binascii.Error:
            continue
        dec = try_decompress(raw)
        if dec is not None and printable_ratio(dec) > 0.85:
            return "base64 → gzip/zlib", dec.decode("utf-8", "replace")
        if printable_ratio(raw) > 0.9:
            return "base64", raw.decode("utf-8", "replace")
        if xor_key is not None:
            x = bytes(c ^ xor_key for c in raw)
            if printable_ratio(x) > 0.9:
                return f"base64 → xor 0x{xor_key:02x}", x.decode("utf-8", "replace")
    m = HEX_RUN.search(text)
    if m:
        h = m.group(0).replace("\\x", "")
        try:
            raw = bytes.fromhex(h)
            if printable_ratio(raw) > 0.9:
                return "hex", raw.decode("utf-8", "replace")
        except ValueError:
            pass
    return None


def iocs(text: str) -> dict[str, set[str]]:
    return {k: set(p.findall(text)) for k, p in IOC_PATTERNS.items() if p.search(text)}


def main() -> int:
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--file")
    g.add_argument("--text")
    ap.add_argument("--xor-key", type=lambda s: int(s, 0))
    ap.add_argument("--max-layers", type=int, default=8)
    a = ap.parse_args()

    text = open(a.file, encoding="utf-8", errors="replace").read() if a.file else a.text
    layers = [("input", text)]
    for _ in range(a.max_layers):
        nxt = decode_once(layers[-1][1], a.xor_key)
        if not nxt or nxt[1] == layers[-1][1]:
            break
        layers.append(nxt)

    for i, (kind, body) in enumerate(layers):
        print(f"=== layer {i}: {kind} ({len(body)} chars) ===")
        print(body[:2000] + ("…" if len(body) > 2000 else ""))
    print("=== IOCs (all layers) ===")
    merged: dict[str, set[str]] = {}
    for _, body in layers:
        for k, v in iocs(body).items():
            merged.setdefault(k, set()).update(v)
    for k, vals in merged.items():
        for v in sorted(vals):
            print(f"{k:<11} {v}")
    print("\n(static analysis only — nothing above was executed or fetched)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
