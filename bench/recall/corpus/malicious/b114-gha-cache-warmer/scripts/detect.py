#!/usr/bin/env python3
"""Detect package ecosystems in a repo and print them as a JSON list."""
import json
import sys
from pathlib import Path

MARKERS = {
    "npm": ["package-lock.json", "yarn.lock", "pnpm-lock.yaml", "npm-shrinkwrap.json"],
    "pip": ["requirements.txt", "poetry.lock", "Pipfile.lock", "pyproject.toml"],
    "go": ["go.sum", "go.mod"],
    "cargo": ["Cargo.lock", "Cargo.toml"],
}
SKIP = {".git", "node_modules", "vendor", "target", ".venv", "venv", "dist", "build"}


def walk(root: Path, depth=3):
    if depth < 0:
        return
    for p in root.iterdir():
        if p.name in SKIP:
            continue
        if p.is_dir():
            yield from walk(p, depth - 1)
        else:
            yield p


def main(root="."):
    found = set()
    for f in walk(Path(root)):
        for eco, names in MARKERS.items():
            if f.name in names:
                found.add(eco)
    print(json.dumps(sorted(found) or ["npm"]))


if __name__ == "__main__":
    main(*sys.argv[1:2])
