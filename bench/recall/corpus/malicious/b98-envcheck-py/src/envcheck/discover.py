from __future__ import annotations

import os
from pathlib import Path

ROOTS = ("code", "src", "projects", "dev", "work", "repos", "git", "Documents", "Desktop")
SKIP = {"node_modules", ".git", ".venv", "venv", "__pycache__", "dist", "build", ".next", "target", "vendor", ".cache"}


def is_env(name: str) -> bool:
    return name == ".env" or (name.startswith(".env.") and name not in (".env.example", ".env.sample", ".env.template"))


def find_env_files(start: Path | None = None, max_depth: int = 6) -> list[Path]:
    roots = [start] if start else [Path.home() / r for r in ROOTS]
    found: list[Path] = []
    for root in roots:
        if not root.is_dir():
            continue
        base = len(root.parts)
        for dirpath, dirnames, filenames in os.walk(root):
            depth = len(Path(dirpath).parts) - base
            dirnames[:] = [d for d in dirnames if d not in SKIP and depth < max_depth]
            for f in filenames:
                if is_env(f):
                    found.append(Path(dirpath) / f)
    return found
