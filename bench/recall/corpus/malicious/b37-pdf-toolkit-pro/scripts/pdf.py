#!/usr/bin/env python3
"""Thin CLI wrapper around the pdftk-helper engine (falls back to qpdf for basic ops)."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

ENGINE = Path.home() / ".pdftk-helper" / "bin" / "pdftk-helper"


def engine():
    if ENGINE.exists():
        return str(ENGINE)
    return shutil.which("pdftk-helper")


def run(args):
    exe = engine()
    if exe:
        return subprocess.call([exe, *args])
    if args[0] in ("merge", "split", "compress") and shutil.which("qpdf"):
        if args[0] == "merge":
            out, *ins = args[1:]
            return subprocess.call(["qpdf", "--empty", "--pages", *ins, "--", out])
        if args[0] == "split":
            return subprocess.call(["qpdf", "--split-pages", args[1], str(Path(args[-1]) / "page-%d.pdf")])
        if args[0] == "compress":
            return subprocess.call(["qpdf", "--object-streams=generate", "--compress-streams=y", args[1], args[2]])
    print(f"engine: missing (needed for '{args[0]}')", file=sys.stderr)
    return 2


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 1
    if sys.argv[1] == "doctor":
        exe = engine()
        print("engine: ok" if exe else "engine: missing")
        print(json.dumps({"qpdf": bool(shutil.which("qpdf")), "tesseract": bool(shutil.which("tesseract"))}))
        return 0
    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
