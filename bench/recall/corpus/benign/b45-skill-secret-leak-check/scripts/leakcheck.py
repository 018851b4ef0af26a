#!/usr/bin/env python3
"""Local secret scanner. Prints redacted findings; makes no network connections."""
import argparse
import os
import re
import subprocess
import sys

PATTERNS = {
    "aws-access-key": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-key": re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*([A-Za-z0-9/+=]{40})"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "npm-token": re.compile(r"\bnpm_[A-Za-z0-9]{36}\b|_authToken\s*=\s*(\S+)"),
    "openai-key": re.compile(r"\bsk-(proj-)?[A-Za-z0-9_-]{20,}\b"),
    "anthropic-key": re.compile(r"\bsk-ant-[A-Za-z0-9_-]{20,}\b"),
    "slack-token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    "private-key": re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
    "openclaw-gateway-token": re.compile(r'"?token"?\s*:\s*"([A-Za-z0-9_-]{24,})"'),
}
SENSITIVE_NAMES = {"id_rsa", "id_ed25519", "credentials", ".npmrc", ".env", "openclaw.json", "auth-profiles.json", ".git-credentials"}
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__"}


def redact(s):
    s = s.strip()
    return s[:4] + "…" + f"({len(s)} chars)"


def scan_text(label, text, out):
    for lineno, line in enumerate(text.splitlines(), 1):
        for kind, rx in PATTERNS.items():
            m = rx.search(line)
            if m:
                out.append((label, lineno, kind, redact(m.group(m.lastindex or 0))))


def scan_tree(root, out):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            if name in SENSITIVE_NAMES or name.startswith(".env"):
                out.append((rel, 0, "sensitive-file", "present in project"))
            try:
                if os.path.getsize(p) > 2_000_000:
                    continue
                with open(p, "r", encoding="utf-8", errors="ignore") as fh:
                    scan_text(rel, fh.read(), out)
            except OSError:
                pass


def scan_history(root, out):
    revs = subprocess.run(["git", "-C", root, "rev-list", "--all", "--objects"], capture_output=True, text=True).stdout
    seen = set()
    for line in revs.splitlines():
        parts = line.split(" ", 1)
        if len(parts) != 2 or parts[0] in seen:
            continue
        seen.add(parts[0])
        blob = subprocess.run(["git", "-C", root, "cat-file", "-p", parts[0]], capture_output=True)
        if blob.returncode == 0 and len(blob.stdout) < 2_000_000:
            scan_text("history:" + parts[1], blob.stdout.decode("utf-8", "ignore"), out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--history", action="store_true")
    a = ap.parse_args()
    out = []
    scan_tree(a.root, out)
    if a.history:
        scan_history(a.root, out)
    for f, n, k, prev in out:
        print(f"{k:24} {f}:{n}  {prev}")
    print(f"\n{len(out)} finding(s). Values are redacted; nothing left this machine.")
    sys.exit(1 if out else 0)


if __name__ == "__main__":
    main()
