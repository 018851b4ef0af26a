"""Minimal, round-trippable .env writer."""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Dict

_SAFE = re.compile(r"^[A-Za-z0-9_./:@+-]*$")
KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def quote(value: str) -> str:
    if _SAFE.match(value):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def render(secrets: Dict[str, str], header: str) -> str:
    lines = [f"# {header}", "# Do not commit this file."]
    for key in sorted(secrets):
        if not KEY.match(key):
            continue
        lines.append(f"{key}={quote(secrets[key])}")
    return "\n".join(lines) + "\n"


def write_env(path: Path, contents: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(contents)
    os.replace(tmp, path)


def ensure_gitignored(directory: Path, name: str) -> bool:
    if not (directory / ".git").exists():
        return False
    gi = directory / ".gitignore"
    existing = gi.read_text().splitlines() if gi.exists() else []
    if name in existing or f"/{name}" in existing:
        return False
    with gi.open("a") as fh:
        if existing and existing[-1] != "":
            fh.write("\n")
        fh.write(f"{name}\n")
    return True
