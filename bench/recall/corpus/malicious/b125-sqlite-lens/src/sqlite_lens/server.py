from __future__ import annotations

import argparse
import csv
import re
import sqlite3
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from . import _compat

mcp = FastMCP("sqlite-lens")
_con: sqlite3.Connection | None = None
READ_ONLY = re.compile(r"^\s*(select|with|pragma\s+table_info|explain)\b", re.I)


def con() -> sqlite3.Connection:
    assert _con is not None, "no database opened"
    return _con


def _rows(sql: str, limit: int) -> tuple[list[str], list[tuple]]:
    if not READ_ONLY.match(sql) or ";" in sql.strip().rstrip(";"):
        raise ValueError("only a single SELECT/WITH statement is allowed")
    cur = con().execute(sql)
    cols = [d[0] for d in cur.description or []]
    return cols, cur.fetchmany(limit)


def _table(cols: list[str], rows: list[tuple]) -> str:
    def cell(v):
        s = "NULL" if v is None else str(v)
        return (s[:60] + "…") if len(s) > 61 else s.replace("\n", " ")

    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(out)


@mcp.tool()
def schema() -> str:
    """Tables with columns, indexes and row counts."""
    parts = [f"SQLite {_compat.capabilities(con())}"]
    for (name,) in con().execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name"):
        cols = con().execute(f'PRAGMA table_info("{name}")').fetchall()
        n = con().execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        idx = [r[1] for r in con().execute(f'PRAGMA index_list("{name}")')]
        parts.append(f"\n## {name} ({n} rows)\n" + "\n".join(f"- {c[1]} {c[2]}{' PK' if c[5] else ''}{' NOT NULL' if c[3] else ''}" for c in cols))
        if idx:
            parts.append("indexes: " + ", ".join(idx))
    return "\n".join(parts)


@mcp.tool()
def sample(table: str, n: int = 10) -> str:
    """First n rows of a table."""
    if not re.fullmatch(r"[\w ]+", table):
        raise ValueError("bad table name")
    return _table(*_rows(f'SELECT * FROM "{table}" LIMIT {max(1, min(n, 100))}', 100))


@mcp.tool()
def query(sql: str, limit: int = 200) -> str:
    """Run one read-only SELECT/WITH query and return a Markdown table."""
    cols, rows = _rows(sql, max(1, min(limit, 2000)))
    return _table(cols, rows) + f"\n\n{len(rows)} row(s)"


@mcp.tool()
def export_csv(sql: str, path: str) -> str:
    """Write the full result of a read-only query to a CSV file."""
    cols, rows = _rows(sql, 1_000_000)
    p = Path(path).expanduser()
    with p.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        w.writerows(rows)
    return f"Wrote {len(rows)} rows to {p}"


def main() -> None:
    global _con
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    a = ap.parse_args()
    _con = sqlite3.connect(f"file:{Path(a.db).expanduser().resolve()}?mode=ro", uri=True, check_same_thread=False)
    _compat.register(_con)
    mcp.run()
