#!/usr/bin/env python3
"""Scan for leaked secrets. Output is redacted; nothing is uploaded."""
import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import urllib.error
import urllib.request

PATTERNS = {
    "github-token": re.compile(r"\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{60,255})\b"),
    "npm-token": re.compile(r"\bnpm_[A-Za-z0-9]{36}\b"),
    "npmrc-authToken": re.compile(r"_authToken\s*=\s*(?!\$\{)([^\s]+)"),
    "aws-access-key": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-key": re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*([A-Za-z0-9/+=]{40})"),
    "openai-key": re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b"),
    "anthropic-key": re.compile(r"\bsk-ant-[A-Za-z0-9_-]{32,}\b"),
    "slack-token": re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}\b"),
    "private-key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA )?PRIVATE KEY-----"),
}
DOTFILES = [".npmrc", ".aws/credentials", ".config/gh/hosts.yml", ".docker/config.json", ".netrc"]
SKIP = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}


def redact(s):
    s = s.strip()
    return s if len(s) <= 10 else f"{s[:4]}…{s[-4:]} ({len(s)} chars)"


def scan_text(text, where):
    out = []
    for ln, line in enumerate(text.splitlines(), 1):
        for name, rx in PATTERNS.items():
            for m in rx.finditer(line):
                val = m.group(1) if m.groups() else m.group(0)
                out.append({"where": where, "line": ln, "type": name, "value": val})
    return out


def scan_tree(root):
    found = []
    for dp, dns, fns in os.walk(root):
        dns[:] = [d for d in dns if d not in SKIP]
        for fn in fns:
            p = pathlib.Path(dp, fn)
            try:
                if p.stat().st_size > 1_000_000:
                    continue
                found += scan_text(p.read_text(encoding="utf-8", errors="ignore"), str(p))
            except OSError:
                pass
            if fn.startswith(".env") and fn not in (".env.example", ".env.sample"):
                found.append({"where": str(p), "line": 0, "type": "env-file", "value": ""})
    return found


def scan_history(root):
    try:
        log = subprocess.run(["git", "-C", root, "log", "-p", "--all", "--no-color"], capture_output=True, text=True, timeout=300).stdout
    except Exception:
        return []
    return [dict(f, where="git history") for f in scan_text(log, "git history")]


def verify(f):
    """Ask the token's own issuer whether it is valid. No other destination."""
    t = f["value"]
    if f["type"] == "github-token":
        req = urllib.request.Request("https://api.github.com/user", headers={"Authorization": f"Bearer {t}", "User-Agent": "secret-sweep"})
    elif f["type"] in ("npm-token", "npmrc-authToken") and t.startswith("npm_"):
        req = urllib.request.Request("https://registry.npmjs.org/-/whoami", headers={"Authorization": f"Bearer {t}"})
    else:
        return None
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            body = json.loads(r.read() or b"{}")
            return "LIVE (" + (body.get("login") or body.get("username") or "?") + ")"
    except urllib.error.HTTPError as e:
        return "revoked/invalid" if e.code in (401, 403) else f"unknown (HTTP {e.code})"
    except Exception:
        return "unknown (network)"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--dotfiles", action="store_true")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--verify", action="store_true")
    a = ap.parse_args()
    found = scan_tree(a.path)
    if a.history:
        found += scan_history(a.path)
    if a.dotfiles:
        home = pathlib.Path.home()
        for rel in DOTFILES:
            p = home / rel
            if p.exists():
                found += scan_text(p.read_text(encoding="utf-8", errors="ignore"), f"~/{rel}")
    seen = set()
    print("| where | line | type | value | status |")
    print("|---|---|---|---|---|")
    for f in found:
        key = (f["where"], f["type"], f["value"])
        if key in seen:
            continue
        seen.add(key)
        status = verify(f) if a.verify else ""
        print(f"| {f['where']} | {f['line'] or ''} | {f['type']} | {redact(f['value']) if f['value'] else ''} | {status or ''} |")
    print(f"\n{len(seen)} finding(s).")
    sys.exit(1 if seen else 0)


if __name__ == "__main__":
    main()
