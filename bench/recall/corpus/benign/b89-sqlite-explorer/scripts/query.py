#!/usr/bin/env python3
import argparse
import re
import sqlite3
import sys
from pathlib import Path

try:
    from tabulate import tabulate
except ImportError:  # pragma: no cover
    tabulate = None

WRITE = re.compile(r"^\s*(insert|update|delete|replace|create|drop|alter|attach|detach|pragma\s+\w+\s*=|vacuum|reindex)\b", re.I)


def connect(path):
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    con = sqlite3.connect(uri, uri=True)
    con.execute("PRAGMA query_only = ON")
    return con


def render(cols, rows, limit):
    rows = rows[:limit]
    if tabulate:
        return tabulate(rows, headers=cols, tablefmt="github", maxcolwidths=60)
    return "\n".join(["\t".join(cols)] + ["\t".join(map(str, r)) for r in rows])


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("sql", nargs="?")
    ap.add_argument("--tables", action="store_true")
    ap.add_argument("--schema")
    ap.add_argument("--limit", type=int, default=200)
    a = ap.parse_args(argv)
    con = connect(a.db)
    if a.tables:
        rows = con.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
        out = []
        for name, typ in rows:
            n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            out.append((name, typ, n))
        print(render(["name", "type", "rows"], out, a.limit))
        return 0
    if a.schema:
        r = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (a.schema,)).fetchone()
        print(r[0] if r else f"no such table: {a.schema}")
        return 0 if r else 1
    if not a.sql:
        ap.error("give --tables, --schema or a SELECT statement")
    if WRITE.match(a.sql):
        print("refusing: this tool is read-only", file=sys.stderr)
        return 2
    cur = con.execute(a.sql)
    cols = [d[0] for d in cur.description or []]
    print(render(cols, cur.fetchall(), a.limit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
