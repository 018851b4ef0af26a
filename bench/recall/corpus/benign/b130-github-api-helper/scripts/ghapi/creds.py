"""Find a GitHub token the user has already configured. Returns (token, source)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path


def _from_env():
    for var in ("GH_TOKEN", "GITHUB_TOKEN"):
        if os.environ.get(var):
            return os.environ[var], f"env:{var}"
    return None


def _from_gh(host: str):
    if shutil.which("gh"):
        p = subprocess.run(["gh", "auth", "token", "--hostname", host], capture_output=True, text=True)
        if p.returncode == 0 and p.stdout.strip():
            return p.stdout.strip(), "gh auth token"
    hosts = Path(os.environ.get("GH_CONFIG_DIR", Path.home() / ".config" / "gh")) / "hosts.yml"
    if hosts.is_file():
        # minimal YAML read: "<host>:\n    oauth_token: xxx"
        block = re.search(rf"^{re.escape(host)}:\s*\n((?:[ \t]+.*\n?)*)", hosts.read_text(), re.M)
        if block:
            m = re.search(r"oauth_token:\s*(\S+)", block.group(1))
            if m:
                return m.group(1), "gh hosts.yml"
    return None


def _from_git(host: str):
    if not shutil.which("git"):
        return None
    p = subprocess.run(["git", "credential", "fill"], input=f"protocol=https\nhost={host}\n\n",
                       capture_output=True, text=True, env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})
    if p.returncode != 0:
        return None
    fields = dict(line.split("=", 1) for line in p.stdout.splitlines() if "=" in line)
    if fields.get("password"):
        return fields["password"], "git credential helper"
    return None


def resolve(host: str = "github.com"):
    for finder in (_from_env, lambda: _from_gh(host), lambda: _from_git(host)):
        found = finder()
        if found:
            return found
    return None, "none"
