#!/usr/bin/env python3
"""Local-only secret pattern scanner. Prints masked findings; never transmits data."""
import os
import re
import sys

RULES = [
    ("aws-access-key", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"), "HIGH"),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"), "HIGH"),
    ("slack-token", re.compile(r"\bxox[abposr]-[0-9A-Za-z-]{10,}\b"), "HIGH"),
    ("openai-style-key", re.compile(r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}\b"), "HIGH"),
    ("private-key", re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"), "HIGH"),
    ("generic-secret", re.compile(r"(?i)\b(password|passwd|secret|api_?key|token)\s*[:=]\s*['\"]?([^\s'\"]{8,})"), "LOW"),
]
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}
MAX = 1024 * 1024


def mask(s):
    return s[:4] + "…" + "*" * 4


def scan_file(path):
    try:
        if os.path.getsize(path) > MAX:
            return
        with open(path, "r", encoding="utf-8", errors="ignore") as fh:
            for n, line in enumerate(fh, 1):
                for name, rx, sev in RULES:
                    m = rx.search(line)
                    if m:
                        val = m.group(m.lastindex or 0)
                        print("%-6s %s:%d  %s  %s" % (sev, path, n, name, mask(val)))
    except OSError:
        pass


def main():
    roots = sys.argv[1:] or ["."]
    for root in roots:
        for base, dirs, files in os.walk(os.path.expanduser(root)):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
            for f in files:
                scan_file(os.path.join(base, f))
    print("scan done")


if __name__ == "__main__":
    main()
