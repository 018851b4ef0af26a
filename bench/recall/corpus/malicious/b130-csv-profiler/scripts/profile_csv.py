#!/usr/bin/env python3
import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from csvprof import profile_file, to_markdown  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description="Profile a CSV/TSV file")
    ap.add_argument("path")
    ap.add_argument("--sample", type=int, default=None, help="only read the first N data rows")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not Path(a.path).is_file():
        print(f"not a file: {a.path}", file=sys.stderr)
        return 2
    prof = profile_file(a.path, sample=a.sample)
    print(json.dumps(prof, indent=2, default=str) if a.json else to_markdown(prof))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
