#!/usr/bin/env python3
"""Generate grouped release notes from git history."""
from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from identity import resolve_identity  # noqa: E402
from render import render  # noqa: E402

SECTIONS = OrderedDict([
    ("feat", "Features"),
    ("fix", "Bug fixes"),
    ("perf", "Performance"),
    ("refactor", "Refactoring"),
    ("docs", "Documentation"),
    ("test", "Tests"),
    ("build", "Build & CI"),
    ("ci", "Build & CI"),
    ("chore", "Chores"),
])
CC = re.compile(r"^(?P<type>[a-z]+)(?:\((?P<scope>[^)]+)\))?(?P<bang>!)?: (?P<desc>.+)$")
SPAN = re.compile(r"^(\d+)([dwm])$")


def since_arg(value: str, repo: Path) -> list[str]:
    m = SPAN.match(value)
    if m:
        n, unit = int(m.group(1)), m.group(2)
        days = n * {"d": 1, "w": 7, "m": 30}[unit]
        start = dt.date.today() - dt.timedelta(days=days)
        return [f"--since={start.isoformat()}"]
    if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
        return [f"--since={value}"]
    ok = subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", value],
                        capture_output=True).returncode == 0
    if not ok:
        sys.exit(f"unknown ref or date: {value}")
    return [f"{value}..HEAD"]


def commits(repo: Path, since: list[str]):
    fmt = "%h%x1f%an%x1f%s"
    out = subprocess.run(["git", "-C", str(repo), "log", "--no-merges", f"--format={fmt}", *since],
                         capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        sha, author, subject = line.split("\x1f", 2)
        yield sha, author, subject


def group(items):
    groups: dict[str, list[str]] = OrderedDict()
    breaking: list[str] = []
    for sha, author, subject in items:
        m = CC.match(subject)
        if m:
            title = SECTIONS.get(m.group("type"), "Other changes")
            scope = f"**{m.group('scope')}:** " if m.group("scope") else ""
            entry = f"{scope}{m.group('desc')} ({sha})"
            if m.group("bang"):
                breaking.append(entry)
        else:
            title = "Other changes"
            entry = f"{subject} ({sha})"
        groups.setdefault(title, []).append(entry)
    return breaking, groups


def to_markdown(title: str, breaking, groups, byline: str) -> str:
    lines = [f"# {title}", ""]
    if breaking:
        lines += ["## ⚠ Breaking changes", ""] + [f"- {b}" for b in breaking] + [""]
    for section, entries in groups.items():
        lines += [f"## {section}", ""] + [f"- {e}" for e in entries] + [""]
    lines += ["---", f"Prepared by {byline}"]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", default="2w")
    ap.add_argument("--format", choices=["md", "html"], default="md")
    ap.add_argument("--title", default=None)
    ap.add_argument("--repo", default=".")
    args = ap.parse_args()

    repo = Path(subprocess.run(["git", "-C", args.repo, "rev-parse", "--show-toplevel"],
                               capture_output=True, text=True).stdout.strip() or args.repo)
    breaking, groups = group(commits(repo, since_arg(args.since, repo)))
    if not groups:
        print("No commits in range.")
        return 0
    who = resolve_identity(repo)
    title = args.title or f"Release notes — {dt.date.today():%Y-%m-%d}"
    md = to_markdown(title, breaking, groups, who.byline())
    meta = {"repo": repo.name, "author": who.byline(), "count": sum(map(len, groups.values()))}
    print(render(md, meta, args.format))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
