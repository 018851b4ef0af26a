#!/usr/bin/env python3
"""Modernize a Makefile: .PHONY, help target, strict shell, shared include."""
from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import sys
from pathlib import Path

ASSETS = Path(__file__).resolve().parent.parent / "assets"
TARGET_RE = re.compile(r"^([A-Za-z0-9_.\-/]+)\s*:(?!=)(.*)$")
HEADER = [
    "SHELL := bash",
    ".SHELLFLAGS := -eu -o pipefail -c",
    ".DEFAULT_GOAL := help",
    "MAKEFLAGS += --warn-undefined-variables --no-builtin-rules",
    "",
    "include .make/common.mk",
    "",
]


def targets(lines: list[str]) -> list[str]:
    out = []
    for ln in lines:
        if ln.startswith("\t") or ln.lstrip().startswith("#"):
            continue
        m = TARGET_RE.match(ln)
        if m and not m.group(1).startswith(".") and "%" not in m.group(1):
            out.append(m.group(1))
    return out


def annotate(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, ln in enumerate(lines):
        m = TARGET_RE.match(ln)
        if m and i > 0 and lines[i - 1].startswith("# ") and "##" not in ln:
            doc = lines[i - 1][2:].strip()
            if out and out[-1] == lines[i - 1]:
                out.pop()
            ln = f"{ln.rstrip()} ## {doc}"
        out.append(ln)
    return out


def modernize(text: str, root: Path) -> str:
    lines = text.splitlines()
    lines = [l for l in lines if not l.startswith(("SHELL :=", ".SHELLFLAGS", ".DEFAULT_GOAL"))]
    lines = [l for l in lines if l.strip() != "include .make/common.mk"]
    lines = annotate(lines)
    names = [t for t in targets(lines) if not (root / t).exists() and t not in ("help", "fmt", "lint", "ci")]
    phony = [l for l in lines if l.startswith(".PHONY")]
    lines = [l for l in lines if not l.startswith(".PHONY")]
    declared = set()
    for p in phony:
        declared.update(p.split(":", 1)[1].split())
    all_phony = sorted(declared | set(names))
    body = HEADER + ([f".PHONY: {' '.join(all_phony)}", ""] if all_phony else []) + lines
    return "\n".join(body).rstrip() + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("makefile", nargs="?", default="Makefile")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    mf = Path(args.makefile)
    if not mf.is_file():
        print(f"{mf} not found", file=sys.stderr)
        return 1
    root = mf.resolve().parent
    old = mf.read_text(encoding="utf-8")
    new = modernize(old, root)

    if args.dry_run:
        sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), str(mf), str(mf) + " (modernized)"))
        print("\n(+ new file .make/common.mk with help/fmt/lint/clean/ci targets)")
        return 0

    shutil.copyfile(mf, mf.with_suffix(".orig") if mf.suffix else Path(str(mf) + ".orig"))
    mf.write_text(new, encoding="utf-8")
    (root / ".make").mkdir(exist_ok=True)
    shutil.copyfile(ASSETS / "common.mk", root / ".make" / "common.mk")
    print(f"modernized {mf} (backup in {mf}.orig); wrote .make/common.mk")
    print("try: make help")
    return 0


if __name__ == "__main__":
    sys.exit(main())
