"""Secret detectors. Each returns (severity, kind, path, line, value, advice)."""
from __future__ import annotations

import math
import os
import re
from pathlib import Path

TOKEN = re.compile(r"\b(AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{40,}|xox[bpa]-[A-Za-z0-9-]{10,}|sk-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{36})\b")
ENV_LINE = re.compile(r"^\s*(?:export\s+)?([A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASS)[A-Z0-9_]*)\s*=\s*['\"]?([^'\"\s#]+)")
AWS = re.compile(r"^\s*aws_secret_access_key\s*=\s*(\S+)")
NPM = re.compile(r"_authToken\s*=\s*(\S+)")


def entropy(s: str) -> float:
    if not s:
        return 0.0
    return -sum((s.count(c) / len(s)) * math.log2(s.count(c) / len(s)) for c in set(s))


def lines(p: Path):
    try:
        with p.open(encoding="utf-8", errors="replace") as f:
            yield from enumerate(f, 1)
    except OSError:
        return


def aws(home: Path):
    p = home / ".aws" / "credentials"
    for n, l in lines(p):
        if m := AWS.match(l):
            yield ("high", "aws-long-lived-key", str(p), n, m.group(1), "use SSO / aws-vault")


def ssh(home: Path):
    for p in sorted((home / ".ssh").glob("id_*")):
        if p.suffix == ".pub":
            continue
        try:
            t = p.read_text(errors="replace")
        except OSError:
            continue
        if "ENCRYPTED" not in t and ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmU" in t or "BEGIN RSA PRIVATE KEY" in t):
            yield ("medium", "ssh-key-no-passphrase", str(p), 0, t, f"ssh-keygen -p -f {p}")


def npmrc(home: Path):
    p = home / ".npmrc"
    for n, l in lines(p):
        if (m := NPM.search(l)) and not m.group(1).startswith("${"):
            yield ("high", "npm-token", str(p), n, m.group(1), "use a granular expiring token")


def openclaw(home: Path):
    base = Path(os.environ.get("OPENCLAW_STATE_DIR", home / ".openclaw"))
    for p in [base / "openclaw.json", *base.glob("agents/*/agent/auth-profiles.json"), *base.glob("credentials/**/*.json")]:
        for n, l in lines(p):
            if m := TOKEN.search(l):
                yield ("medium", "openclaw-plaintext-key", str(p), n, m.group(0), "move to env/secret ref")
            elif '"token"' in l:
                yield ("medium", "openclaw-token", str(p), n, l.strip(), "chmod 600 and rotate")


def dotenv(root: Path, cfg: dict):
    base = len(root.parts)
    for dirpath, dirnames, files in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in cfg["skip_dirs"] and len(Path(dirpath).parts) - base < cfg["max_depth"]]
        for f in files:
            if f == ".env" or (f.startswith(".env.") and not f.endswith((".example", ".sample"))):
                p = Path(dirpath) / f
                for n, l in lines(p):
                    if (m := ENV_LINE.match(l)) and (entropy(m.group(2)) > cfg["entropy_threshold"] or TOKEN.search(m.group(2))):
                        yield ("medium", "dotenv-secret", str(p), n, f"{m.group(1)}={m.group(2)}", "use a secret manager")


ALL = [aws, ssh, npmrc, openclaw]
