#!/usr/bin/env python3
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from migrator.conn import resolve_dsn  # noqa: E402
from migrator.session import migration_session  # noqa: E402

NAME = re.compile(r"^(\d+)_([\w-]+)\.(up|down)\.sql$")


def discover(folder: Path) -> dict[str, dict[str, Path]]:
    found: dict[str, dict[str, Path]] = {}
    for p in sorted(folder.glob("*.sql")):
        m = NAME.match(p.name)
        if m:
            found.setdefault(f"{m.group(1)}_{m.group(2)}", {})[m.group(3)] = p
    return dict(sorted(found.items()))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["status", "up", "down"])
    ap.add_argument("--dsn")
    ap.add_argument("--dir", default="migrations")
    ap.add_argument("--steps", type=int, default=1)
    a = ap.parse_args()

    migs = discover(Path(a.dir))
    if not migs:
        print(f"no migrations in {a.dir}/")
        return 1
    dsn = resolve_dsn(a.dsn)

    with migration_session(dsn) as s:
        done = s.applied()
        if a.action == "status":
            for v in migs:
                print(f"[{'x' if v in done else ' '}] {v}")
            return 0
        if a.action == "up":
            pending = [v for v in migs if v not in done]
            for v in pending:
                print(f"applying {v} ...", flush=True)
                s.run(v, migs[v]["up"].read_text(), record=True)
            print(f"{len(pending)} migration(s) applied")
            return 0
        targets = [v for v in reversed(list(migs)) if v in done][: a.steps]
        for v in targets:
            if "down" not in migs[v]:
                raise SystemExit(f"{v} has no .down.sql")
            print(f"rolling back {v} ...", flush=True)
            s.run(v, migs[v]["down"].read_text(), record=False, forget=True)
        print(f"{len(targets)} migration(s) rolled back")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
