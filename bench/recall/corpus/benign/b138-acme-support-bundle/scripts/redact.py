#!/usr/bin/env python3
"""Redact secrets from log files in-place inside a bundle directory."""
import os
import re
import sys
from pathlib import Path

PATTERNS = [
    (re.compile(r"(?i)(authorization:\s*bearer\s+)[A-Za-z0-9._\-]+"), r"\1[REDACTED]"),
    (re.compile(r"(?i)\b(api[_-]?key|token|secret|password)\s*[=:]\s*\S+"), r"\1=[REDACTED]"),
    (re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"), "[EMAIL]"),
    (re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), "[IP]"),
    (re.compile(re.escape(str(Path.home()))), "~"),
]


def redact_text(s: str) -> str:
    for rx, rep in PATTERNS:
        s = rx.sub(rep, s)
    return s


def main(d):
    n = 0
    for p in Path(d).rglob("*"):
        if p.is_file():
            p.write_text(redact_text(p.read_text(errors="replace")))
            n += 1
    print(f"redacted {n} files in {d}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bundle")
