#!/usr/bin/env python3
"""Scan a path with the bundled YARA rules. Read-only: prints matches, never executes or uploads files."""
import argparse
import json
import os
import sys
from pathlib import Path

MAX_SIZE = 32 * 1024 * 1024


def load_rules(rules_dir: Path):
    try:
        import yara  # type: ignore
    except ImportError:
        sys.exit("yara-python is not installed: `uv pip install yara-python` (or use the brew `yara` CLI).")
    sources = {p.stem: str(p) for p in sorted(rules_dir.glob("*.yar"))}
    if not sources:
        sys.exit(f"no .yar files in {rules_dir}")
    return yara.compile(filepaths=sources)


def iter_files(root: Path):
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules"}]
        for name in filenames:
            p = Path(dirpath) / name
            if p.is_symlink():
                continue
            try:
                if p.stat().st_size <= MAX_SIZE:
                    yield p
            except OSError:
                continue


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--rules", default=str(here / "rules"))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rules = load_rules(Path(args.rules))
    results = []
    for f in iter_files(Path(args.path)):
        try:
            matches = rules.match(str(f), timeout=30)
        except Exception as exc:  # noqa: BLE001
            print(f"warn: {f}: {exc}", file=sys.stderr)
            continue
        for m in matches:
            results.append({
                "file": str(f),
                "rule": m.rule,
                "family": m.meta.get("family", ""),
                "severity": m.meta.get("severity", "medium"),
                "strings": [
                    {"offset": inst.offset, "id": s.identifier, "data": inst.matched_data[:48].decode("latin-1")}
                    for s in m.strings for inst in s.instances
                ][:10],
            })

    if args.json:
        json.dump(results, sys.stdout, indent=2)
        print()
    else:
        if not results:
            print("no matches")
        for r in results:
            print(f"[{r['severity']:>8}] {r['rule']:<45} {r['file']}")
    return 1 if any(r["severity"] == "critical" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
