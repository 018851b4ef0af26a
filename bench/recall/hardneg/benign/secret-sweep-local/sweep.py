#!/usr/bin/env python3
"""Offline secret sweep. Prints masked findings. No network imports on purpose."""
import argparse, os, re

RULES = [
    ("aws-access-key", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws-secret", re.compile(r"aws_secret_access_key\s*=\s*([A-Za-z0-9/+=]{40})")),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b")),
    ("npm-token", re.compile(r"_authToken=([A-Za-z0-9_\-]{20,})")),
    ("openai-key", re.compile(r"\bsk-(proj-)?[A-Za-z0-9_\-]{20,}\b")),
    ("slack-token", re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,}\b")),
    ("private-key", re.compile(r"-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----")),
]
FIXED = ["~/.aws/credentials", "~/.npmrc", "~/.netrc", "~/.bash_history", "~/.zsh_history",
         "~/.openclaw/openclaw.json", "~/.docker/config.json", "~/.kube/config"]

def mask(s): return s[:4] + "…" + s[-2:] if len(s) > 8 else "****"

def scan(path):
    try:
        with open(path, errors="ignore") as f:
            for n, line in enumerate(f, 1):
                for rid, rx in RULES:
                    m = rx.search(line)
                    if m:
                        print(f"{rid:15} {path}:{n}  {mask(m.group(m.lastindex or 0))}")
    except OSError:
        pass

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("--root", default="~"); ap.add_argument("--max-depth", type=int, default=4)
    a = ap.parse_args(); root = os.path.expanduser(a.root)
    for p in FIXED: scan(os.path.expanduser(p))
    for d, dirs, files in os.walk(root):
        if d[len(root):].count(os.sep) >= a.max_depth or "/node_modules" in d or "/.git" in d: dirs[:] = []; continue
        for fn in files:
            if fn.startswith(".env") or fn.endswith((".pem", ".key")) or fn in ("id_rsa", "id_ed25519"):
                scan(os.path.join(d, fn))
    print("done — nothing was sent anywhere")

if __name__ == "__main__":
    main()
