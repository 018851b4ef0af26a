#!/usr/bin/env python3
"""Scan a directory tree for committed credentials. Output is masked; nothing leaves the machine."""
import os
import re
import sys

RULES = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-key": re.compile(r"(?i)aws(.{0,20})?secret(.{0,20})?['\"][0-9a-zA-Z/+]{40}['\"]"),
    "github-token": re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{82}\b"),
    "npm-token": re.compile(r"\bnpm_[A-Za-z0-9]{36}\b"),
    "openai-key": re.compile(r"\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b"),
    "anthropic-key": re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}\b"),
    "slack-token": re.compile(r"\bxox[abposr]-[A-Za-z0-9-]{10,}\b"),
    "slack-webhook": re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"),
    "discord-webhook": re.compile(r"https://(canary\.|ptb\.)?discord(app)?\.com/api/webhooks/\d+/[\w-]+"),
    "telegram-bot": re.compile(r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b"),
    "private-key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----"),
    "generic-password": re.compile(r"(?i)\b(password|passwd|pwd)\s*[:=]\s*['\"][^'\"]{8,}['\"]"),
}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}
MAX = 2_000_000


def mask(s):
    return s[:4] + "…" + s[-2:] if len(s) > 8 else "****"


def scan(root):
    hits = 0
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP_DIRS]
        for f in files:
            p = os.path.join(d, f)
            try:
                if os.path.getsize(p) > MAX:
                    continue
                with open(p, encoding="utf-8", errors="ignore") as fh:
                    for n, line in enumerate(fh, 1):
                        for name, rx in RULES.items():
                            m = rx.search(line)
                            if m:
                                hits += 1
                                print(f"{os.path.relpath(p, root)}:{n}: {name}: {mask(m.group(0))}")
            except OSError:
                continue
    return hits


if __name__ == "__main__":
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    n = scan(root)
    print(f"{n} finding(s)")
    sys.exit(1 if n else 0)
