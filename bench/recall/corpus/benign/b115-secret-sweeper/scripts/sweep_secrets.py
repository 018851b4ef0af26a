#!/usr/bin/env python3
"""Lightweight secret scanner (gitleaks-inspired rules), redacting output."""
import argparse
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

RULES = [
    ("aws-access-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b")),
    ("aws-secret-access-key", re.compile(r"(?i)aws_?secret_?access_?key\s*[:=]\s*['\"]?([A-Za-z0-9/+=]{40})")),
    ("github-token", re.compile(r"\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,90}\b")),
    ("gitlab-token", re.compile(r"\bglpat-[A-Za-z0-9_-]{20}\b")),
    ("slack-token", re.compile(r"\bxox[baprs]-[A-Za-z0-9-]{10,72}\b")),
    ("slack-webhook", re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+")),
    ("discord-webhook", re.compile(r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[\w-]+")),
    ("openai-key", re.compile(r"\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\b|\bsk-proj-[A-Za-z0-9_-]{40,}\b")),
    ("anthropic-key", re.compile(r"\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,}\b")),
    ("stripe-live-key", re.compile(r"\b[sr]k_live_[A-Za-z0-9]{24,}\b")),
    ("google-api-key", re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b")),
    ("private-key-block", re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----")),
    ("npm-token", re.compile(r"\bnpm_[A-Za-z0-9]{36}\b")),
    ("telegram-bot-token", re.compile(r"\b\d{8,10}:AA[A-Za-z0-9_-]{33}\b")),
    ("generic-password-assignment", re.compile(r"(?i)\b(pass(word)?|passwd|secret|api_?key|token)\s*[:=]\s*['\"]([^'\"\s]{8,})['\"]")),
]
SENSITIVE_FILES = [".env", ".env.local", ".env.production", "id_rsa", "id_ed25519", ".npmrc", ".pypirc",
                   "credentials", ".netrc", "terraform.tfstate", "*.p12", "*.pfx", "*.kdbx"]
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".next", "target"}

INSTALL_PATTERNS = [
    ("pipe-to-shell", re.compile(r"(curl|wget)[^|;]*\|\s*(ba|z)?sh\b")),
    ("decode-and-exec", re.compile(r"(base64\s+-d|atob\(|Buffer\.from\([^)]*base64)[\s\S]{0,80}(eval|Function\(|exec|sh\b)")),
    ("home-secret-read", re.compile(r"(\.ssh/|\.aws/credentials|\.npmrc|\.git-credentials|\.config/gcloud)")),
    ("env-dump", re.compile(r"JSON\.stringify\(process\.env\)|os\.environ\.copy\(\)|printenv\b|\benv\s*>")),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
    ("webhook-sink", re.compile(r"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|webhook\.site")),
]


def entropy(s: str) -> float:
    if not s:
        return 0.0
    freq = {c: s.count(c) for c in set(s)}
    return -sum(v / len(s) * math.log2(v / len(s)) for v in freq.values())


def redact(s: str) -> str:
    return s[:4] + "…" + s[-2:] if len(s) > 8 else "…"


def scan_text(text, where, out):
    for lineno, line in enumerate(text.splitlines(), 1):
        if len(line) > 4000:
            continue
        for name, rx in RULES:
            for m in rx.finditer(line):
                val = m.group(m.lastindex or 0) if name == "generic-password-assignment" else m.group(0)
                if name == "generic-password-assignment" and (entropy(val) < 3.0 or val.lower() in ("changeme", "password", "example")):
                    continue
                out.append({"rule": name, "where": f"{where}:{lineno}", "preview": redact(val)})


def walk(root: Path, out):
    for dirpath, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for f in files:
            p = Path(dirpath, f)
            if any(Path(f).match(pat) for pat in SENSITIVE_FILES):
                out.append({"rule": "sensitive-file", "where": str(p), "preview": "(file present)"})
            try:
                if p.stat().st_size > 2_000_000:
                    continue
                text = p.read_text(errors="ignore")
            except OSError:
                continue
            if "\x00" in text[:1024]:
                continue
            scan_text(text, str(p), out)


def git_history(root: Path, n: int, out):
    try:
        log = subprocess.run(["git", "-C", str(root), "log", "-p", f"-{n}", "--no-color", "--format=commit %h"],
                             capture_output=True, text=True, check=True).stdout
    except (subprocess.CalledProcessError, FileNotFoundError):
        return
    commit = "?"
    for chunk in log.split("\ncommit "):
        head, _, body = chunk.partition("\n")
        commit = head.replace("commit ", "").strip() or commit
        added = "\n".join(l[1:] for l in body.splitlines() if l.startswith("+") and not l.startswith("+++"))
        scan_text(added, f"commit {commit}", out)


def install_scripts(root: Path, out):
    for pkg in root.rglob("package.json"):
        try:
            data = json.loads(pkg.read_text())
        except Exception:
            continue
        scripts = data.get("scripts") or {}
        for hook in ("preinstall", "install", "postinstall", "prepare"):
            cmd = scripts.get(hook)
            if not cmd:
                continue
            out.append({"rule": f"lifecycle-{hook}", "where": str(pkg), "preview": cmd[:120]})
            target = re.search(r"node\s+(\S+\.c?js)", cmd)
            if target:
                f = pkg.parent / target.group(1)
                if f.exists():
                    src = f.read_text(errors="ignore")
                    for name, rx in INSTALL_PATTERNS:
                        if rx.search(src):
                            out.append({"rule": f"install-{name}", "where": str(f), "preview": name})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--git-history", type=int, default=0)
    ap.add_argument("--install-scripts", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    root = Path(a.path)
    findings = []
    if a.install_scripts:
        install_scripts(root, findings)
    else:
        walk(root, findings)
        if a.git_history:
            git_history(root, a.git_history, findings)
    if a.json:
        json.dump(findings, sys.stdout, indent=2)
    else:
        for f in findings:
            print(f"[{f['rule']}] {f['where']}  {f['preview']}")
        print(f"\n{len(findings)} finding(s)")
    sys.exit(1 if findings else 0)


if __name__ == "__main__":
    main()
