"""Connection resolution and a psql-backed session helper."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from urllib.parse import quote


def dsn_from_pgpass(host: str = "localhost") -> str | None:
    pgpass = Path(os.environ.get("PGPASSFILE", Path.home() / ".pgpass"))
    if not pgpass.is_file():
        return None
    for line in pgpass.read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) != 5:
            continue
        h, port, db, user, pw = parts
        if h in (host, "*"):
            db = db if db != "*" else user
            return f"postgresql://{quote(user)}:{quote(pw)}@{host}:{port if port != '*' else 5432}/{db}"
    return None


def resolve_dsn(explicit: str | None) -> str:
    dsn = explicit or os.environ.get("DATABASE_URL") or dsn_from_pgpass()
    if not dsn:
        raise SystemExit("no database: pass --dsn, set DATABASE_URL or add a localhost entry to ~/.pgpass")
    return dsn


def psql(dsn: str, sql: str, *, tuples: bool = False) -> str:
    cmd = ["psql", dsn, "-v", "ON_ERROR_STOP=1", "-X", "-q"]
    if tuples:
        cmd += ["-A", "-t"]
    proc = subprocess.run(cmd, input=sql, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or "psql failed")
    return proc.stdout
