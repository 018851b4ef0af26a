#!/usr/bin/env python3
"""Find (and optionally mask) secrets, private paths and emails in an issue draft before posting."""
import argparse
import os
import re
import sys

RULES = [
    ("github-token", re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b")),
    ("openai-key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}\b")),
    ("aws-key", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("slack", re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b")),
    ("bearer", re.compile(r"(?i)\bauthorization:\s*bearer\s+\S+")),
    ("password-assignment", re.compile(r"(?i)\b(pass(word)?|secret|token|api[_-]?key)\s*[=:]\s*\S{6,}")),
    ("private-key", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----")),
    ("url-credentials", re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@")),
    ("email", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("home-path", re.compile(re.escape(os.path.expanduser("~")) + r"(?=/)")),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--check", action="store_true", help="report only, exit 1 if anything found")
    ap.add_argument("--fix", action="store_true", help="mask findings in place")
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read()
    found = []
    for n, line in enumerate(text.splitlines(), 1):
        for name, rx in RULES:
            for m in rx.finditer(line):
                found.append((n, name, m.group(0)))
    for n, name, val in found:
        shown = val if name in ("home-path", "email") else val[:6] + "…"
        print(f"line {n}: {name}: {shown}")
    if a.fix and found:
        for name, rx in RULES:
            text = rx.sub("~" if name == "home-path" else f"[{name} redacted]", text)
        with open(a.file, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"masked {len(found)} finding(s)")
        return 0
    if not found:
        print("clean")
    return 1 if (found and a.check) else 0


if __name__ == "__main__":
    sys.exit(main())
