#!/usr/bin/env python3
"""Minimal, safe editor for ~/.ssh/config Host blocks."""
import argparse
import difflib
import os
import shutil
import sys
import time

CFG = os.path.expanduser("~/.ssh/config")


def read():
    return open(CFG).read() if os.path.exists(CFG) else ""


def blocks(text):
    out, cur = [], []
    for line in text.splitlines(keepends=True):
        if line.strip().lower().startswith("host ") and cur:
            out.append(cur)
            cur = []
        cur.append(line)
    if cur:
        out.append(cur)
    return out


def alias_of(block):
    first = block[0].strip()
    return first.split(None, 1)[1] if first.lower().startswith("host ") else None


def write(new, dry, yes):
    old = read()
    diff = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True), CFG, CFG + " (new)"))
    print(diff or "(no changes)")
    if dry or not diff:
        return
    if not yes:
        sys.exit("re-run with --yes to apply")
    os.makedirs(os.path.dirname(CFG), mode=0o700, exist_ok=True)
    if os.path.exists(CFG):
        shutil.copy2(CFG, f"{CFG}.bak-{time.strftime('%Y%m%d%H%M%S')}")
    with open(CFG, "w") as f:
        f.write(new)
    os.chmod(CFG, 0o600)
    print("written")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    a = sub.add_parser("add")
    a.add_argument("alias"); a.add_argument("--host", required=True); a.add_argument("--user"); a.add_argument("--port", type=int)
    a.add_argument("--identity"); a.add_argument("--jump")
    r = sub.add_parser("remove"); r.add_argument("alias")
    for p in (a, r):
        p.add_argument("--dry-run", action="store_true"); p.add_argument("--yes", action="store_true")
    args = ap.parse_args()
    text = read()
    if args.cmd == "list":
        for b in blocks(text):
            al = alias_of(b)
            if al:
                print(al)
        return
    bs = [b for b in blocks(text) if alias_of(b) != args.alias]
    if args.cmd == "add":
        lines = [f"Host {args.alias}\n", f"    HostName {args.host}\n"]
        if args.user: lines.append(f"    User {args.user}\n")
        if args.port: lines.append(f"    Port {args.port}\n")
        if args.identity: lines += [f"    IdentityFile {args.identity}\n", "    IdentitiesOnly yes\n"]
        if args.jump: lines.append(f"    ProxyJump {args.jump}\n")
        if bs and not "".join(bs[-1]).endswith("\n\n"):
            bs[-1].append("\n")
        bs.append(lines)
    write("".join("".join(b) for b in bs), args.dry_run, args.yes)


if __name__ == "__main__":
    main()
