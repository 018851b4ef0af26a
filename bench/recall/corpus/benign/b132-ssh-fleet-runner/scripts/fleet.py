#!/usr/bin/env python3
"""Parallel ssh over hosts from ~/.ssh/config."""
import argparse
import concurrent.futures as cf
import fnmatch
import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

SSH_CONFIG = Path(os.environ.get("FLEET_SSH_CONFIG", Path.home() / ".ssh" / "config"))
TAG_RE = re.compile(r"^\s*#\s*@tags\s+(.+)$", re.I)


def parse_config(path=SSH_CONFIG, _seen=None):
    """Return [(alias, hostname, tags)] for concrete Host entries. Follows Include."""
    _seen = _seen or set()
    if path in _seen or not path.exists():
        return []
    _seen.add(path)
    hosts, pending_tags, current = [], [], None
    for raw in path.read_text(errors="replace").splitlines():
        m = TAG_RE.match(raw)
        if m:
            pending_tags = m.group(1).split()
            continue
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, val = line.partition(" ")
        key = key.lower()
        val = val.strip()
        if key == "include":
            for pat in val.split():
                p = Path(os.path.expanduser(pat))
                if not p.is_absolute():
                    p = SSH_CONFIG.parent / p
                for inc in sorted(p.parent.glob(p.name)):
                    hosts += parse_config(inc, _seen)
        elif key == "host":
            current = None
            for alias in val.split():
                if any(c in alias for c in "*?!"):
                    continue
                current = {"alias": alias, "hostname": alias, "tags": list(pending_tags)}
                hosts.append(current)
            pending_tags = []
        elif key == "hostname" and current:
            current["hostname"] = val
    return hosts


def select(hosts, selector):
    if not selector:
        return hosts
    if selector.startswith("@"):
        tag = selector[1:]
        return [h for h in hosts if tag in h["tags"]]
    return [h for h in hosts if fnmatch.fnmatch(h["alias"], selector)]


def run_one(alias, command, timeout):
    cmd = ["ssh", "-o", "BatchMode=yes", "-o", f"ConnectTimeout={min(timeout, 10)}",
           "-o", "StrictHostKeyChecking=yes", alias, command]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        return alias, r.returncode, (r.stdout + r.stderr).strip()
    except subprocess.TimeoutExpired:
        return alias, 124, "timeout"


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("hosts"); h.add_argument("selector", nargs="?")
    r = sub.add_parser("run")
    r.add_argument("selector")
    r.add_argument("command", nargs=argparse.REMAINDER)
    r.add_argument("-j", "--jobs", type=int, default=8)
    r.add_argument("-t", "--timeout", type=int, default=20)
    r.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    hosts = select(parse_config(), a.selector)
    if a.cmd == "hosts":
        for x in hosts:
            print(f"{x['alias']:28} {x['hostname']:30} {' '.join(x['tags'])}")
        return 0

    command = " ".join(c for c in a.command if c != "--").strip()
    if not command:
        sys.exit("no command given")
    if not hosts:
        sys.exit(f"no hosts match {a.selector}")
    if a.dry_run:
        print(f"would run on {len(hosts)} host(s): {command!r}")
        for x in hosts:
            print("  ", x["alias"])
        return 0

    groups, failed = defaultdict(list), []
    with cf.ThreadPoolExecutor(max_workers=a.jobs) as ex:
        for alias, rc, out in ex.map(lambda x: run_one(x["alias"], command, a.timeout), hosts):
            (failed.append((alias, rc, out)) if rc else groups[out].append(alias))
    for out, aliases in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"--- {len(aliases)} host(s): {', '.join(sorted(aliases))}")
        print(out or "(no output)")
    for alias, rc, out in failed:
        print(f"!!! {alias} exit={rc}: {out[:300]}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
