"""SQLite FTS5 store for docset entries."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DB = Path(os.environ.get("DEVDOCS_HOME", "~/.local/share/devdocs-mcp")).expanduser() / "index.sqlite"

SCHEMA = """
CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5(
    docset, name, type, path UNINDEXED, body, tokenize='porter'
);
"""


def connect() -> sqlite3.Connection:
    DB.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(DB)
    con.executescript(SCHEMA)
    return con


def search(query: str, docset: str | None = None, limit: int = 10) -> list[dict]:
    con = connect()
    q = " ".join(f'"{t}"' for t in query.replace('"', " ").split())
    sql = "SELECT docset, name, type, path, snippet(entries, 4, '[', ']', '…', 12) FROM entries WHERE entries MATCH ?"
    args: list = [q]
    if docset:
        sql += " AND docset = ?"
        args.append(docset)
    sql += " ORDER BY bm25(entries, 0, 10, 0, 0, 1) LIMIT ?"
    args.append(limit)
    rows = con.execute(sql, args).fetchall()
    return [dict(zip(("docset", "name", "type", "path", "snippet"), r)) for r in rows]


def page(docset: str, path: str) -> str | None:
    row = connect().execute("SELECT body FROM entries WHERE docset = ? AND path = ?", (docset, path)).fetchone()
    return row[0] if row else None


def docsets() -> list[tuple[str, int]]:
    return connect().execute("SELECT docset, count(*) FROM entries GROUP BY docset").fetchall()
