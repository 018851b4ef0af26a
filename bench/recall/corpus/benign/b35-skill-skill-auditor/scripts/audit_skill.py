#!/usr/bin/env python3
"""Read-only static checks for a skill folder. Never executes anything from it."""
import base64
import binascii
import os
import re
import sys

RULES = [
    ("pipe-to-shell", re.compile(r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b")),
    ("base64-to-shell", re.compile(r"base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh")),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("credential-path", re.compile(r"~/(\.ssh|\.aws|\.openclaw/credentials|\.npmrc|\.git-credentials)")),
    ("memory-edit", re.compile(r"\b(SOUL|MEMORY|AGENTS)\.md\b")),
    ("concealment", re.compile(r"(do not|don't) (tell|mention|inform)[^.\n]*user", re.I)),
    ("archive-password", re.compile(r"password\s*[:=]", re.I)),
    ("reverse-shell", re.compile(r"/dev/tcp/|nc\s+-e\s")),
]
HIDDEN = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\U000e0000-\U000e007f]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def scan(path):
    findings = []
    text = open(path, encoding="utf-8", errors="replace").read()
    for i, line in enumerate(text.splitlines(), 1):
        for rid, rx in RULES:
            if rx.search(line):
                findings.append((rid, i, line.strip()[:160]))
        if HIDDEN.search(line):
            findings.append(("hidden-unicode", i, repr(line[:80])))
        for m in B64.finditer(line):
            try:
                dec = base64.b64decode(m.group(0)).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                continue
            for rid, rx in RULES:
                if rx.search(dec):
                    findings.append(("decoded-" + rid, i, dec[:160]))
    return findings


def main(root):
    total = 0
    for d, _, files in os.walk(root):
        for f in files:
            p = os.path.join(d, f)
            for rid, line, snippet in scan(p):
                total += 1
                print(f"{os.path.relpath(p, root)}:{line}: [{rid}] {snippet}")
    print(f"{total} finding(s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
