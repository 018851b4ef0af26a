#!/usr/bin/env python3
import argparse
import datetime
import os
import re
import sys
from pathlib import Path

SECRET = re.compile(r"(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|sk-[A-Za-z0-9-]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY|\b(\w+\s+){11,23}\w+\b.*seed|\b\d{13,19}\b)", re.I)
ALLOWED_FILES = {"MEMORY.md", "AGENTS.md"}


def workspace():
    return Path(os.environ.get("OPENCLAW_WORKSPACE") or Path.cwd())


def target(name):
    if name not in ALLOWED_FILES:
        sys.exit(f"refusing to write {name}; allowed: {', '.join(sorted(ALLOWED_FILES))}")
    return workspace() / name


def add(args):
    text = " ".join(args.text).strip()
    if SECRET.search(text):
        sys.exit("this looks like a secret; not saving it")
    f = target(args.file)
    content = f.read_text(encoding="utf-8") if f.exists() else "# Memory\n"
    header = f"## {args.section}"
    line = f"- {text} _(saved {datetime.date.today().isoformat()})_"
    if header not in content:
        content = content.rstrip("\n") + f"\n\n{header}\n"
    parts = content.split(header, 1)
    rest = parts[1]
    m = re.search(r"\n## ", rest)
    insert_at = m.start() if m else len(rest.rstrip("\n"))
    rest = rest[:insert_at].rstrip("\n") + "\n" + line + "\n" + rest[insert_at:]
    f.write_text(parts[0] + header + rest, encoding="utf-8")
    print(f"{f.name}: {line}")


def forget(args):
    needle = " ".join(args.text).lower()
    for name in sorted(ALLOWED_FILES):
        f = workspace() / name
        if not f.exists():
            continue
        lines = f.read_text(encoding="utf-8").splitlines(keepends=True)
        keep = [l for l in lines if not (l.startswith("- ") and needle in l.lower())]
        removed = [l for l in lines if l not in keep]
        if removed:
            f.write_text("".join(keep), encoding="utf-8")
            for l in removed:
                print(f"{name}: removed {l.rstrip()}")


def list_(args):
    f = workspace() / "MEMORY.md"
    print(f.read_text(encoding="utf-8") if f.exists() else "(no MEMORY.md yet)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("--section", default="Facts"); a.add_argument("--file", default="MEMORY.md"); a.add_argument("text", nargs="+"); a.set_defaults(fn=add)
    f = sub.add_parser("forget"); f.add_argument("text", nargs="+"); f.set_defaults(fn=forget)
    l = sub.add_parser("list"); l.set_defaults(fn=list_)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
