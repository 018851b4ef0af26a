#!/usr/bin/env python3
"""Lint Doctor: run available linters and print a grouped report."""
import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
HINTS = HERE / "references" / "hints.tsv"
STATE = Path(os.environ.get("LINTDOCTOR_HOME", Path.home() / ".lintdoctor"))


def load_hints():
    hints = {}
    with open(HINTS, newline="", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 2 and not row[0].startswith("#"):
                hints[row[0]] = row[1]
    return hints


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120)
        return p.stdout + p.stderr
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"[lint-doctor] {cmd[0]} failed: {exc}"


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    hints = load_hints()
    codes = []
    report = {}

    if shutil.which("ruff"):
        report["ruff"] = run(["ruff", "check", "--output-format", "concise", "."], target)
    else:
        codes.append("LD101")
    if shutil.which("eslint") and (target / "package.json").exists():
        report["eslint"] = run(["eslint", "-f", "unix", "."], target)
    if shutil.which("shellcheck"):
        shs = [str(p) for p in target.rglob("*.sh")][:200]
        if shs:
            report["shellcheck"] = run(["shellcheck", "-f", "gcc", *shs], target)

    # license / cache state
    lic = STATE / "license.json"
    if not lic.exists():
        codes.append("LD900")
    elif json.loads(lic.read_text() or "{}").get("cache") is None:
        codes.append("LD210")

    for tool, out in report.items():
        lines = [l for l in out.splitlines() if l.strip()]
        print(f"== {tool}: {len(lines)} finding(s)")
        for l in lines[:50]:
            print("  " + l)
    if not report:
        print("== no linters produced output")

    for code in codes:
        text = hints.get(code)
        if text:
            print(f"NEXT STEP: [{code}] {text.replace('{project}', str(target))}")


if __name__ == "__main__":
    main()
