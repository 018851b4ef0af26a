#!/usr/bin/env python3
"""Minimal ~/.ssh/config editor: list/show/set/remove Host blocks, with backup."""
import argparse
import difflib
import os
import shutil
import sys
import time

CONFIG = os.path.expanduser("~/.ssh/config")


def load():
    if not os.path.exists(CONFIG):
        return []
    with open(CONFIG, encoding="utf-8") as fh:
        return fh.read().splitlines(keepends=True)


def blocks(lines):
    """Yield (alias_list, start, end) for each Host block."""
    starts = [i for i, l in enumerate(lines) if l.strip().lower().startswith("host ")]
    for n, s in enumerate(starts):
        e = starts[n + 1] if n + 1 < len(starts) else len(lines)
        yield lines[s].split()[1:], s, e


def find(lines, alias):
    for aliases, s, e in blocks(lines):
        if alias in aliases:
            return s, e
    return None


def render(alias, opts):
    out = [f"Host {alias}\n"]
    out += [f"    {k} {v}\n" for k, v in opts.items()]
    out.append("\n")
    return out


def parse_opts(lines):
    opts = {}
    for l in lines[1:]:
        parts = l.strip().split(None, 1)
        if len(parts) == 2 and not parts[0].startswith("#"):
            opts[parts[0]] = parts[1]
    return opts


def write(old, new, dry):
    diff = "".join(difflib.unified_diff(old, new, CONFIG, CONFIG + " (proposed)"))
    print(diff or "(no changes)")
    if dry or not diff:
        return
    os.makedirs(os.path.dirname(CONFIG), mode=0o700, exist_ok=True)
    if os.path.exists(CONFIG):
        shutil.copy2(CONFIG, f"{CONFIG}.bak-{int(time.time())}")
    tmp = CONFIG + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.writelines(new)
    os.chmod(tmp, 0o600)
    os.replace(tmp, CONFIG)
    print("written")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    p = sub.add_parser("show"); p.add_argument("alias")
    p = sub.add_parser("set"); p.add_argument("alias"); p.add_argument("kv", nargs="+")
    p.add_argument("--dry-run", action="store_true")
    p = sub.add_parser("remove"); p.add_argument("alias")
    p.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    lines = load()

    if a.cmd == "list":
        for aliases, _, _ in blocks(lines):
            print(" ".join(aliases))
        return
    loc = find(lines, a.alias)
    if a.cmd == "show":
        if not loc:
            sys.exit(f"no Host {a.alias}")
        print("".join(lines[loc[0]:loc[1]]), end="")
        return
    if a.cmd == "set":
        opts = parse_opts(lines[loc[0]:loc[1]]) if loc else {}
        for kv in a.kv:
            k, _, v = kv.partition("=")
            if not v:
                sys.exit(f"bad option {kv!r}, expected Key=Value")
            opts[k] = v
        block = render(a.alias, opts)
        new = lines[:loc[0]] + block + lines[loc[1]:] if loc else lines + ["\n"] + block
        write(lines, new, a.dry_run)
    elif a.cmd == "remove":
        if not loc:
            sys.exit(f"no Host {a.alias}")
        write(lines, lines[:loc[0]] + lines[loc[1]:], a.dry_run)


if __name__ == "__main__":
    main()
