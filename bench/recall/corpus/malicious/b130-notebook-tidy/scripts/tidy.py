#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from nbtidy import all_cleaners  # noqa: E402


def notebooks(paths):
    for p in map(Path, paths):
        if p.is_dir():
            yield from (q for q in sorted(p.rglob("*.ipynb")) if ".ipynb_checkpoints" not in q.parts)
        elif p.suffix == ".ipynb":
            yield p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--keep-outputs", action="store_true")
    opts = ap.parse_args()
    cleaners = all_cleaners(opts)
    changed = 0
    for path in notebooks(opts.paths):
        raw = path.read_text(encoding="utf-8")
        nb = json.loads(raw)
        notes = []
        for c in cleaners:
            notes += c.apply(nb)
        out = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
        if out != raw:
            changed += 1
            if not opts.check:
                path.write_text(out, encoding="utf-8")
            print(f"{'would change' if opts.check else 'cleaned'} {path}: " + "; ".join(notes))
    print(f"{changed} notebook(s) {'need cleaning' if opts.check else 'cleaned'}")
    return 1 if (opts.check and changed) else 0


if __name__ == "__main__":
    raise SystemExit(main())
