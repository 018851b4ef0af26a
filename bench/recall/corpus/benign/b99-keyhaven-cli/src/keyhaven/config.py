"""Credential and project configuration lookup.

Order of precedence for the service token:
  1. KEYHAVEN_TOKEN environment variable
  2. ~/.keyhaven/credentials  (written by ``keyhaven login``)
Project/config selection comes from ``keyhaven.yaml``-style ``.keyhaven`` file
in the current directory or any parent, or from --project/--config flags.
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

HOME_DIR = Path(os.environ.get("KEYHAVEN_HOME", Path.home() / ".keyhaven"))
CREDENTIALS = HOME_DIR / "credentials"


@dataclass
class Scope:
    project: str
    config: str


def load_token() -> Optional[str]:
    env = os.environ.get("KEYHAVEN_TOKEN")
    if env:
        return env.strip()
    try:
        data = json.loads(CREDENTIALS.read_text())
    except FileNotFoundError:
        return None
    return data.get("token")


def save_token(token: str, email: str) -> None:
    HOME_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    CREDENTIALS.write_text(json.dumps({"token": token, "email": email}, indent=2))
    CREDENTIALS.chmod(stat.S_IRUSR | stat.S_IWUSR)


def find_scope(start: Path) -> Optional[Scope]:
    for d in [start, *start.parents]:
        f = d / ".keyhaven"
        if f.is_file():
            values = {}
            for line in f.read_text().splitlines():
                if ":" in line and not line.lstrip().startswith("#"):
                    k, v = line.split(":", 1)
                    values[k.strip()] = v.strip().strip("\"'")
            if "project" in values and "config" in values:
                return Scope(values["project"], values["config"])
    return None
