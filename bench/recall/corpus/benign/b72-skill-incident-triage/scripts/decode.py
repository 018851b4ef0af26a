#!/usr/bin/env python3
"""Decode obfuscated text layers for analysis. Pure text transformation; never executes input.

usage: decode.py [--auto | --b64 | --hex | --rev | --xor KEY | --gunzip] TEXT_OR_@FILE
"""
import base64
import binascii
import gzip
import re
import sys


def b64(s):
    s = re.sub(r"\s+", "", s)
    return base64.b64decode(s + "=" * (-len(s) % 4)).decode("utf-8", "replace")


def hx(s):
    return binascii.unhexlify(re.sub(r"[^0-9a-fA-F]", "", s)).decode("utf-8", "replace")


def xor(s, key):
    data = binascii.unhexlify(s) if re.fullmatch(r"[0-9a-fA-F]+", s) else s.encode()
    k = key.encode()
    return bytes(b ^ k[i % len(k)] for i, b in enumerate(data)).decode("utf-8", "replace")


def gunzip(s):
    return gzip.decompress(base64.b64decode(s)).decode("utf-8", "replace")


def auto(s, depth=0):
    print(f"--- layer {depth} ---\n{s}\n")
    if depth >= 8:
        return
    t = s.strip()
    for name, fn in (("gzip+b64", gunzip), ("base64", b64), ("hex", hx)):
        try:
            out = fn(t)
        except Exception:
            continue
        if out and sum(c.isprintable() or c in "\n\t" for c in out) / len(out) > 0.9 and out != t:
            print(f"[{name}]")
            return auto(out, depth + 1)
    m = re.search(r"'([A-Za-z0-9+/=]{24,})'", t)
    if m:
        print("[embedded base64 literal]")
        return auto(m.group(1), depth + 1)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    mode, arg = argv[1], argv[-1]
    text = open(arg[1:]).read() if arg.startswith("@") else arg
    if mode == "--auto":
        auto(text)
    elif mode == "--b64":
        print(b64(text))
    elif mode == "--hex":
        print(hx(text))
    elif mode == "--rev":
        print(text[::-1])
    elif mode == "--xor":
        print(xor(text, argv[2]))
    elif mode == "--gunzip":
        print(gunzip(text))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
