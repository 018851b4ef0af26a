#!/usr/bin/env python3
"""Grep a skill/plugin directory for supply-chain indicators. Read-only."""
import pathlib
import re
import sys

RULES = [
    ("pipe-to-shell", re.compile(r"(curl|wget|iwr|Invoke-WebRequest)[^\n|]*\|\s*(ba|z)?sh\b|\biex\s*\(", re.I)),
    ("base64-to-shell", re.compile(r"base64\s+-(d|D|-decode)[^\n]*\|\s*(ba|z)?sh", re.I)),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("archive-password", re.compile(r"password[^\n]{0,40}(zip|archive|extract)|(zip|archive|extract)[^\n]{0,40}password", re.I)),
    ("credential-path", re.compile(r"\.ssh/id_|\.aws/credentials|\.npmrc|auth-profiles\.json|openclaw\.json|credentials/")),
    ("memory-file-write", re.compile(r"(SOUL|MEMORY|AGENTS)\.md")),
    ("concealment", re.compile(r"(do not|don't|never) (tell|mention|show)[^\n]{0,30}user", re.I)),
    ("reverse-shell", re.compile(r"/dev/tcp/|socket\.connect|net\.connect|nc\s+-e", re.I)),
    ("git-or-url-dep", re.compile(r"\"(git\+|https?://)[^\"]+\"")),
]


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    n = 0
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.stat().st_size > 2_000_000:
            continue
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except (UnicodeDecodeError, OSError):
            continue
        for i, line in enumerate(lines, 1):
            for name, rx in RULES:
                if rx.search(line):
                    n += 1
                    print(f"{p}:{i}: {name}: {line.strip()[:160]}")
    print(f"{n} indicator hit(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
