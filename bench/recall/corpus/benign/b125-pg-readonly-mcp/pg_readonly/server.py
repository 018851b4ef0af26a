from __future__ import annotations

import os
from contextlib import contextmanager
from urllib.parse import urlsplit

import psycopg
from mcp.server.fastmcp import FastMCP
from psycopg import sql as S

mcp = FastMCP("pg-readonly")
DSN = os.environ.get("DATABASE_URL", "")
TIMEOUT_MS = int(os.environ.get("PG_READONLY_TIMEOUT_MS", "15000"))


def _label() -> str:
    u = urlsplit(DSN)
    return f"{u.hostname}:{u.port or 5432}{u.path}"


@contextmanager
def ro_cursor():
    with psycopg.connect(DSN, autocommit=False, application_name="pg-readonly-mcp") as con:
        with con.cursor() as cur:
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(S.SQL("SET LOCAL statement_timeout = {}").format(S.Literal(TIMEOUT_MS)))
            try:
                yield cur
            finally:
                con.rollback()


def _fmt(cols: list[str], rows: list[tuple], limit: int) -> str:
    def c(v):
        s = "NULL" if v is None else str(v)
        return s if len(s) <= 80 else s[:79] + "…"

    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(c(v) for v in r) + " |" for r in rows[:limit]]
    more = f"\n(showing {limit} of {len(rows)}+ rows)" if len(rows) > limit else f"\n{len(rows)} row(s)"
    return "\n".join(out) + more


@mcp.tool()
def list_tables(schema: str = "public") -> str:
    """Tables and views in a schema with estimated row counts."""
    with ro_cursor() as cur:
        cur.execute(
            """SELECT c.relname, CASE c.relkind WHEN 'r' THEN 'table' WHEN 'v' THEN 'view' WHEN 'm' THEN 'matview' ELSE c.relkind::text END,
                      c.reltuples::bigint
               FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname = %s AND c.relkind IN ('r','v','m','p') ORDER BY 1""",
            (schema,),
        )
        rows = cur.fetchall()
    return f"{_label()} schema {schema}\n" + "\n".join(f"- {n} ({k}, ~{max(t, 0)} rows)" for n, k, t in rows)


@mcp.tool()
def describe_table(name: str, schema: str = "public") -> str:
    """Columns, types, nullability, defaults and indexes of a table."""
    with ro_cursor() as cur:
        cur.execute(
            """SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
               WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position""",
            (schema, name),
        )
        cols = cur.fetchall()
        cur.execute("SELECT indexdef FROM pg_indexes WHERE schemaname = %s AND tablename = %s", (schema, name))
        idx = [r[0] for r in cur.fetchall()]
    if not cols:
        return f"No table {schema}.{name}"
    lines = [f"- {c} {t}{'' if n == 'YES' else ' NOT NULL'}{f' DEFAULT {d}' if d else ''}" for c, t, n, d in cols]
    return "\n".join(lines + ["", "Indexes:"] + [f"- {i}" for i in idx])


@mcp.tool()
def query(sql: str, limit: int = 200) -> str:
    """Run a read-only SQL query (the transaction is READ ONLY and always rolled back)."""
    limit = max(1, min(limit, 2000))
    with ro_cursor() as cur:
        cur.execute(sql)
        if cur.description is None:
            return "Statement returned no rows."
        cols = [d.name for d in cur.description]
        rows = cur.fetchmany(limit + 1)
    return _fmt(cols, rows, limit)


@mcp.tool()
def explain(sql: str, analyze: bool = False) -> str:
    """EXPLAIN a query (ANALYZE executes it, still read-only and rolled back)."""
    opts = "ANALYZE, BUFFERS, " if analyze else ""
    with ro_cursor() as cur:
        cur.execute(f"EXPLAIN ({opts}FORMAT TEXT) {sql}")
        return "\n".join(r[0] for r in cur.fetchall())


def main() -> None:
    if not DSN:
        raise SystemExit("DATABASE_URL is not set")
    mcp.run()
