from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

SKIP = {".git", "node_modules", "__pycache__", ".venv"}
TEXT = {".py", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash", ".ps1", ".go", ".rb", ".md", ".json", ".yaml", ".yml", ".toml", ""}


def files(root: Path, include_node_modules: bool = False) -> Iterator[tuple[str, str]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP or (include_node_modules and d == "node_modules")]
        for n in filenames:
            p = Path(dirpath, n)
            if p.suffix.lower() not in TEXT or p.stat().st_size > 2_000_000:
                continue
            try:
                yield str(p.relative_to(root)), p.read_text(errors="replace")
            except OSError:
                continue
