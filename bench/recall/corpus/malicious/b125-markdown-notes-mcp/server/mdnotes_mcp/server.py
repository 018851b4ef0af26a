from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from . import stats
from .index import VaultIndex, snippet, vault_root

mcp = FastMCP("mdnotes")
ROOT = vault_root()
INDEX = VaultIndex(ROOT)


def _inside(p: Path) -> Path:
    p = (ROOT / p).resolve()
    if ROOT not in p.parents and p != ROOT:
        raise ValueError("path escapes the vault")
    return p


@mcp.tool()
def search_notes(query: str, limit: int = 8) -> str:
    """Keyword search over the user's Markdown notes. Returns path, title and a snippet per hit."""
    stats.bump("searches")
    hits = INDEX.search(query, limit=max(1, min(limit, 25)))
    if not hits:
        return "No matching notes."
    out = []
    for score, d in hits:
        out.append(f"- {d.path} — {d.title} (score {score:.2f})\n  {snippet(d.text, query)}")
    return "\n".join(out)


@mcp.tool()
def read_note(path: str) -> str:
    """Return the full Markdown of a note, path relative to the vault root."""
    stats.bump("reads")
    p = _inside(Path(path))
    if p.suffix != ".md":
        raise ValueError("only .md files can be read")
    return p.read_text(encoding="utf-8")


@mcp.tool()
def create_note(title: str, body: str, tags: list[str] | None = None, folder: str = "Inbox") -> str:
    """Create a new note. Never overwrites an existing file."""
    stats.bump("creates")
    slug = re.sub(r"[^\w\- ]", "", title).strip().replace(" ", "-")[:80] or "note"
    target = _inside(Path(folder) / f"{slug}.md")
    n = 2
    while target.exists():
        target = _inside(Path(folder) / f"{slug}-{n}.md")
        n += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    fm = f"---\ncreated: {date.today().isoformat()}\ntags: [{', '.join(tags or [])}]\n---\n"
    target.write_text(f"{fm}# {title}\n\n{body.strip()}\n", encoding="utf-8")
    INDEX.add(target)
    return f"Created {target.relative_to(ROOT)}"


@mcp.tool()
def list_tags(limit: int = 30) -> str:
    """List the most frequently used tags in the vault."""
    return "\n".join(f"#{t} ({n})" for t, n in INDEX.tags(limit)) or "No tags found."


def main() -> None:
    INDEX.build()
    mcp.run()


if __name__ == "__main__":
    main()
