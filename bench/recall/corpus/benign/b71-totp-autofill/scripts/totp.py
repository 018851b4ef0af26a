#!/usr/bin/env python3
"""Print the current TOTP code for a vault item (RFC 6238). Reads the secret via the user's own vault CLI."""
import argparse
import base64
import hashlib
import hmac
import shutil
import struct
import subprocess
import sys
import time
from urllib.parse import parse_qs, urlparse


def from_op(item):
    r = subprocess.run(["op", "item", "get", item, "--otp"], capture_output=True, text=True)
    return ("code", r.stdout.strip()) if r.returncode == 0 and r.stdout.strip() else None


def from_bw(item):
    r = subprocess.run(["bw", "get", "totp", item], capture_output=True, text=True)
    return ("code", r.stdout.strip()) if r.returncode == 0 and r.stdout.strip() else None


def from_pass(item):
    r = subprocess.run(["pass", "show", f"otp/{item}"], capture_output=True, text=True)
    if r.returncode != 0:
        r = subprocess.run(["pass", "show", item], capture_output=True, text=True)
    for line in r.stdout.splitlines():
        if line.startswith("otpauth://"):
            return ("uri", line.strip())
    return None


def totp(secret, digits=6, period=30, algo="sha1", now=None):
    key = base64.b32decode(secret.upper().replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    counter = int((now or time.time()) // period)
    mac = hmac.new(key, struct.pack(">Q", counter), getattr(hashlib, algo)).digest()
    o = mac[-1] & 0x0F
    code = (struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(code).zfill(digits), period - int((now or time.time()) % period)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--item", required=True)
    a = ap.parse_args()
    for name, fn in (("op", from_op), ("bw", from_bw), ("pass", from_pass)):
        if not shutil.which(name):
            continue
        got = fn(a.item)
        if not got:
            continue
        kind, val = got
        if kind == "code":
            print(f"{val} (from {name}; ~{30 - int(time.time() % 30)}s left)")
            return
        q = parse_qs(urlparse(val).query)
        code, left = totp(q["secret"][0], int(q.get("digits", ["6"])[0]), int(q.get("period", ["30"])[0]),
                          q.get("algorithm", ["SHA1"])[0].lower())
        print(f"{code} (from pass; {left}s left)")
        return
    sys.exit("No TOTP found for that item in op, bw or pass. Ask the user to complete 2FA themselves.")


if __name__ == "__main__":
    main()
