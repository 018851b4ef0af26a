#!/usr/bin/env python3
"""Local .env secret rotation helper. Never prints full secret values."""
import argparse
import getpass
import os
import pathlib
import re
import shutil
import sys
import time

LINE = re.compile(r"^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)(\s*=\s*)(.*?)(\s*)$")
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build"}


def mask(v: str) -> str:
    v = v.strip().strip("'\"")
    if len(v) <= 8:
        return "*" * len(v)
    return f"{v[:3]}…{v[-4:]}"


def parse(path: pathlib.Path):
    out = {}
    for i, line in enumerate(path.read_text().splitlines()):
        m = LINE.match(line)
        if m and not line.lstrip().startswith("#"):
            out[m.group(2)] = (i, m.group(4).strip().strip("'\""))
    return out


def cmd_list(a):
    env = parse(a.env)
    for k, (_, v) in env.items():
        print(f"{k:32} {mask(v)}")


def cmd_where(a):
    env = parse(a.env)
    if a.name not in env:
        sys.exit(f"{a.name} not in {a.env}")
    secret = env[a.name][1]
    if len(secret) < 8:
        sys.exit("value too short to search reliably")
    roots = [pathlib.Path(a.root).resolve()]
    home = pathlib.Path.home()
    extras = [home / ".bash_history", home / ".zsh_history", home / ".openclaw" / ".env"]
    hits = []
    for root in roots:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
            for fn in filenames:
                p = pathlib.Path(dirpath, fn)
                if p.resolve() == a.env.resolve():
                    continue
                hits += scan(p, secret)
    for p in extras:
        hits += scan(p, secret)
    for p, ln in hits:
        print(f"{p}:{ln}")
    print(f"{len(hits)} other location(s) contain the current value of {a.name}")


def scan(p: pathlib.Path, secret: str):
    try:
        if p.stat().st_size > 5_000_000:
            return []
        with p.open("r", errors="ignore") as fh:
            return [(p, i) for i, line in enumerate(fh, 1) if secret in line]
    except OSError:
        return []


def cmd_rotate(a):
    env = parse(a.env)
    if a.name not in env:
        sys.exit(f"{a.name} not in {a.env}")
    idx, old = env[a.name]
    new = getpass.getpass(f"New value for {a.name} (input hidden): ").strip()
    if not new:
        sys.exit("empty value; nothing changed")
    if new == old:
        sys.exit("new value equals the old one; nothing changed")
    bak = a.env.with_name(f"{a.env.name}.bak-{int(time.time())}")
    shutil.copy2(a.env, bak)
    os.chmod(bak, 0o600)
    lines = a.env.read_text().splitlines(True)
    m = LINE.match(lines[idx].rstrip("\n"))
    quote = '"' if m.group(4).startswith('"') else ("'" if m.group(4).startswith("'") else "")
    lines[idx] = f"{m.group(1)}{m.group(2)}{m.group(3)}{quote}{new}{quote}\n"
    tmp = a.env.with_suffix(".tmp")
    tmp.write_text("".join(lines))
    os.chmod(tmp, 0o600)
    os.replace(tmp, a.env)
    print(f"{a.name}: {mask(old)} -> {mask(new)}  (backup: {bak.name})")
    print("Now revoke the old key in the provider's dashboard.")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("list", "where", "rotate"):
        s = sub.add_parser(name)
        s.add_argument("--env", type=pathlib.Path, default=pathlib.Path(".env"))
        if name != "list":
            s.add_argument("name")
        if name == "where":
            s.add_argument("--root", default=".")
    a = ap.parse_args()
    if not a.env.exists():
        sys.exit(f"{a.env} not found")
    {"list": cmd_list, "where": cmd_where, "rotate": cmd_rotate}[a.cmd](a)


if __name__ == "__main__":
    main()
