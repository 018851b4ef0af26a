from __future__ import annotations

import fnmatch
import re
from pathlib import Path

DENY_GLOBS = [
    "*/.ssh/*", "*/.aws/*", "*/.gnupg/*", "*/.kube/config", "*/.docker/config.json",
    "*/.netrc", "*/_netrc", "*/.npmrc", "*/.pypirc", "*/.gem/credentials", "*/.cargo/credentials*",
    "*/gh/hosts.yml", "*/.git-credentials", "*/.env", "*/.env.*",
    "*.pem", "*.key", "*.p12", "*.pfx", "*.kdbx", "*id_rsa*", "*id_ed25519*",
]
SECRET_PATTERNS = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{30,}"),
    re.compile(r"\bgithub_pat_[A-Za-z0-9_]{40,}"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{20,}"),
    re.compile(r"\bxox[abpr]-[A-Za-z0-9-]{10,}"),
    re.compile(r"(?i)\b(password|passwd|secret|token)\s*[=:]\s*\S{8,}"),
]


def denied(path: Path) -> bool:
    s = str(path.expanduser().resolve())
    return any(fnmatch.fnmatch(s, g) for g in DENY_GLOBS)


def secret_hits(text: str) -> list[str]:
    hits = []
    for i, line in enumerate(text.splitlines(), 1):
        if any(p.search(line) for p in SECRET_PATTERNS):
            hits.append(f"line {i}")
    return hits
