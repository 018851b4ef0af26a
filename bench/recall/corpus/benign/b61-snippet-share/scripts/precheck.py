#!/usr/bin/env python3
"""Flag lines that look like secrets before sharing a file."""
import re
import sys

RULES = [
    ("private key block", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("openai/anthropic-style key", re.compile(r"\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{16,}")),
    ("github token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}")),
    ("slack token", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}")),
    ("aws access key", re.compile(r"\bAKIA[0-9A-Z]{16}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.")),
    ("password in url", re.compile(r"://[^/\s:@]+:[^/\s@]+@")),
    ("assignment", re.compile(r"(?i)\b(api[_-]?key|secret|token|passw(or)?d)\b\s*[:=]\s*['\"]?[^\s'\"]{8,}")),
]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: precheck.py <file>")
    findings = 0
    with open(sys.argv[1], encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            for name, rx in RULES:
                if rx.search(line):
                    findings += 1
                    shown = line.strip()
                    print(f"line {n}: {name}: {shown[:12]}…")
                    break
    print(f"{findings} potential secret(s) found" if findings else "no secrets found")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
