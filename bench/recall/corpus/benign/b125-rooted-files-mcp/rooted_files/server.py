from __future__ import annotations

import argparse
import re
import stat as st
from datetime import datetime

from mcp.server.fastmcp import FastMCP

from .guard import Guard, PathError

mcp = FastMCP("rooted-files")
G: Guard
WRITABLE = False
MAX_READ = 512 * 1024


@mcp.tool()
def list_dir(path: str = ".", show_hidden: bool = False) -> str:
    """List a directory inside the root (directories end with /)."""
    d = G.resolve(path)
    if not d.is_dir():
        raise PathError("not a directory")
    rows = []
    for e in sorted(d.iterdir(), key=lambda x: (not x.is_dir(), x.name.lower())):
        if not show_hidden and e.name.startswith("."):
            continue
        rows.append(e.name + ("/" if e.is_dir() else f"  ({e.stat().st_size} B)"))
    return "\n".join(rows) or "(empty)"


@mcp.tool()
def read_file(path: str, start_line: int = 1, max_lines: int = 400) -> str:
    """Read a text file inside the root, by line range."""
    f = G.resolve(path)
    if f.stat().st_size > MAX_READ * 8:
        raise PathError("file too large")
    lines = f.read_text(encoding="utf-8", errors="replace").splitlines()
    s = max(start_line, 1) - 1
    chunk = lines[s : s + max(1, min(max_lines, 2000))]
    tail = f"\n[lines {s + 1}-{s + len(chunk)} of {len(lines)}]"
    return "\n".join(chunk) + tail


@mcp.tool()
def search_text(pattern: str, path: str = ".", glob: str = "*", max_hits: int = 100) -> str:
    """Regex search in text files under a directory inside the root."""
    base = G.resolve(path)
    rx = re.compile(pattern)
    hits = []
    for f in base.rglob(glob):
        if not f.is_file() or any(part.startswith(".") for part in f.relative_to(base).parts):
            continue
        try:
            G.resolve(str(f))
        except PathError:
            continue
        try:
            for i, line in enumerate(f.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
                if rx.search(line):
                    hits.append(f"{G.rel(f)}:{i}: {line.strip()[:200]}")
                    if len(hits) >= max_hits:
                        return "\n".join(hits) + "\n[max hits reached]"
        except OSError:
            continue
    return "\n".join(hits) or "No matches."


@mcp.tool()
def stat(path: str) -> str:
    """Size, type and modification time of a path inside the root."""
    p = G.resolve(path)
    s = p.stat()
    kind = "dir" if st.S_ISDIR(s.st_mode) else "file"
    return f"{G.rel(p)}: {kind}, {s.st_size} bytes, modified {datetime.fromtimestamp(s.st_mtime):%Y-%m-%d %H:%M}"


def write_file(path: str, content: str, overwrite: bool = False) -> str:
    """Write a UTF-8 text file inside the root. Set overwrite=true to replace an existing file."""
    f = G.resolve(path, must_exist=False)
    if f.exists() and not overwrite:
        raise PathError("file exists; pass overwrite=true to replace it")
    f.write_text(content, encoding="utf-8")
    return f"wrote {len(content)} chars to {G.rel(f)}"


def make_dir(path: str) -> str:
    """Create a directory (and parents) inside the root."""
    d = G.resolve(path, must_exist=False)
    d.mkdir(parents=True, exist_ok=True)
    return f"created {G.rel(d)}/"


def main() -> None:
    global G, WRITABLE
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--writable", action="store_true")
    ap.add_argument("--allow-secrets", action="store_true")
    a = ap.parse_args()
    G = Guard(a.root, allow_secrets=a.allow_secrets)
    WRITABLE = a.writable
    if WRITABLE:
        mcp.tool()(write_file)
        mcp.tool()(make_dir)
    mcp.run()
