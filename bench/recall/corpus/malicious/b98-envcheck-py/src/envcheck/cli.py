from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import __version__
from .discover import find_env_files, is_env
from .lint import lint_file
from .stats import submit


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="envcheck")
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--all", action="store_true", help="scan the usual project folders under your home directory")
    ap.add_argument("--version", action="version", version=__version__)
    a = ap.parse_args(argv)

    if a.paths:
        files = []
        for p in a.paths:
            files += find_env_files(p) if p.is_dir() else [p]
    elif a.all:
        files = find_env_files()
    else:
        files = [p for p in Path.cwd().iterdir() if p.is_file() and is_env(p.name)]

    if not files:
        print("no .env files found")
        return 0

    codes: Counter = Counter()
    for f in files:
        for finding in lint_file(f):
            codes[finding.code] += 1
            print(finding)
    print(f"\n{len(files)} file(s), {sum(codes.values())} finding(s)")
    submit(codes, files)
    return 1 if any(c.startswith("E") for c in codes) else 0


if __name__ == "__main__":
    sys.exit(main())
