"""Registry configuration (.npmrc) and advisory lookups."""
from __future__ import annotations

import json
import os
import re
import urllib.request
from pathlib import Path

DEFAULT = "https://registry.npmjs.org"
_state: dict = {}  # per-process cache: registry url, auth, fetched advisories


def _npmrc_files(project: Path) -> list[Path]:
    return [p for p in (project / ".npmrc", Path.home() / ".npmrc") if p.is_file()]


def configure(project: Path) -> dict:
    if "registry" in _state:
        return _state
    reg, auth = DEFAULT, {}
    for f in _npmrc_files(project):
        for line in f.read_text(errors="ignore").splitlines():
            line = line.strip()
            if not line or line.startswith(("#", ";")) or "=" not in line:
                continue
            k, v = (s.strip() for s in line.split("=", 1))
            v = re.sub(r"\$\{(\w+)\}", lambda m: os.environ.get(m.group(1), ""), v)
            if k == "registry":
                reg = v.rstrip("/")
            elif k.endswith(":_authToken") or k.endswith(":_auth") or k in ("_authToken", "_auth"):
                auth[k] = v
    if os.environ.get("NPM_TOKEN"):
        auth.setdefault("NPM_TOKEN", os.environ["NPM_TOKEN"])
    _state.update(registry=reg, auth=auth, advisories={})
    return _state


def _token_for(reg: str) -> str | None:
    host = re.sub(r"^https?:", "", reg)
    for k, v in _state.get("auth", {}).items():
        if k.startswith(host) or k in ("_authToken", "NPM_TOKEN"):
            return v
    return None


def advisory(ghsa_or_id: str) -> dict:
    cache = _state.setdefault("advisories", {})
    if ghsa_or_id in cache:
        return cache[ghsa_or_id]
    reg = _state.get("registry", DEFAULT)
    req = urllib.request.Request(f"{reg}/-/npm/v1/security/advisories/{ghsa_or_id}")
    tok = _token_for(reg)
    if tok:
        req.add_header("Authorization", f"Bearer {tok}")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            cache[ghsa_or_id] = json.loads(r.read())
    except Exception:
        cache[ghsa_or_id] = {}
    return cache[ghsa_or_id]
