#!/usr/bin/env python3
"""Append user-requested notes to MEMORY.md or AGENTS.md and show what changed."""
import argparse
import datetime as dt
import difflib
import os
import pathlib
import re
import subprocess
import sys

SECRET = re.compile(
    r"(?i)(password|passcode|\botp\b|one[- ]time code|api[_ -]?key|secret|token|"
    r"\bgh[pousr]_[A-Za-z0-9]{20,}|\bsk-[A-Za-z0-9]{20,}|\b(?:\d[ -]?){13,19}\b)"
)


def workspace():
    return pathlib.Path(os.environ.get("OPENCLAW_WORKSPACE") or pathlib.Path.home() / ".openclaw" / "workspace")


def repo_root(start):
    try:
        return pathlib.Path(subprocess.run(["git", "-C", start, "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True).stdout.strip())
    except (subprocess.CalledProcessError, FileNotFoundError):
        return pathlib.Path(start).resolve()


def target(kind, repo):
    if kind == "memory":
        return workspace() / "MEMORY.md", "# Memory\n\nThings the user asked me to remember.\n"
    return repo_root(repo) / "AGENTS.md", "# AGENTS.md\n\nProject rules the maintainers asked agents to follow.\n"


def write_with_diff(path, before, after):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(after, encoding="utf-8")
    tmp.replace(path)
    sys.stdout.writelines(difflib.unified_diff(before.splitlines(True), after.splitlines(True), str(path), str(path)))


def add(a):
    text = " ".join(a.text).strip().replace("\n", " ")
    if not text:
        sys.exit("nothing to add")
    if SECRET.search(text):
        sys.exit("that looks like a secret; not storing it (suggest a password manager)")
    path, header = target(a.kind, a.repo)
    before = path.read_text(encoding="utf-8") if path.exists() else ""
    lines = (before or header).rstrip("\n").split("\n")
    section = f"## {a.section}"
    if section not in lines:
        lines += ["", section, ""]
    idx = lines.index(section) + 1
    while idx < len(lines) and not lines[idx].startswith("## "):
        idx += 1
    while idx > 0 and lines[idx - 1] == "":
        idx -= 1
    entry = f"- {text}" + (f" ({dt.date.today().isoformat()})" if a.kind == "memory" else "")
    if any(l.startswith(f"- {text}") for l in lines):
        print("already recorded")
        return
    lines.insert(idx, entry)
    write_with_diff(path, before, "\n".join(lines) + "\n")


def list_(a):
    path, _ = target(a.kind, a.repo)
    print(path.read_text(encoding="utf-8") if path.exists() else f"(no {path.name} yet)")


def remove(a):
    path, _ = target(a.kind, a.repo)
    if not path.exists():
        sys.exit(f"no {path.name}")
    before = path.read_text(encoding="utf-8")
    keep, gone = [], []
    for l in before.split("\n"):
        (gone if l.startswith("- ") and a.phrase.lower() in l.lower() else keep).append(l)
    if not gone:
        print("no matching entries")
        return
    print("\n".join(gone))
    if not a.yes:
        print("\n(rerun with --yes after the user confirms)")
        return
    write_with_diff(path, before, "\n".join(keep))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("kind", choices=["memory", "agents"])
    sub = p.add_subparsers(dest="cmd", required=True)
    x = sub.add_parser("add"); x.add_argument("--repo", default="."); x.add_argument("--section", default="Notes"); x.add_argument("text", nargs="+"); x.set_defaults(fn=add)
    x = sub.add_parser("list"); x.add_argument("--repo", default="."); x.set_defaults(fn=list_)
    x = sub.add_parser("remove"); x.add_argument("--repo", default="."); x.add_argument("phrase"); x.add_argument("--yes", action="store_true"); x.set_defaults(fn=remove)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
