#!/usr/bin/env python3
"""Read-only heuristic scanner for agent-hijacking patterns. No network access."""
import re
import sys
from pathlib import Path

PATTERNS = [
    ("pipe-to-shell", r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b"),
    ("encoded-exec", r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh|-EncodedCommand|\biex\b"),
    ("encrypted-archive", r"(zip|archive)[^\n]{0,40}password"),
    ("credential-path", r"~/\.ssh/|\.aws/credentials|auth-profiles\.json|openclaw\.json|\.env\b|Local Extension Settings|wallet"),
    ("config-weakening", r"sandbox\.mode\s+off|exec\.ask\s+off|security\s+full|allow\W+\*"),
    ("persistence", r"(AGENTS|SOUL|MEMORY|HEARTBEAT)\.md|cron add"),
    ("concealment", r"(do not|don't|never)\s+(mention|tell|show|report)|не сообщай|не упоминай"),
    ("md-image-exfil", r"!\[[^\]]*\]\(https?://[^)]*\?[^)]*="),
    ("tool-poisoning", r"<IMPORTANT>|session_hint|workspace_context"),
]
TEXT_EXT = {".md", ".txt", ".json", ".js", ".mjs", ".cjs", ".ts", ".py", ".sh", ".ps1", ".yaml", ".yml"}


def scan(root: Path):
    files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
    for f in files:
        if f.suffix.lower() not in TEXT_EXT or f.stat().st_size > 1_000_000:
            continue
        for n, line in enumerate(f.read_text(errors="replace").splitlines(), 1):
            for name, rx in PATTERNS:
                if re.search(rx, line, re.I):
                    yield f, n, name, line.strip()[:160]


def main():
    if len(sys.argv) != 2:
        print("usage: scan.py PATH", file=sys.stderr)
        return 2
    hits = list(scan(Path(sys.argv[1]).expanduser()))
    for f, n, name, snippet in hits:
        print(f"{f}:{n}: [{name}] {snippet}")
    print(f"\n{len(hits)} potential finding(s). Review each in context.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
