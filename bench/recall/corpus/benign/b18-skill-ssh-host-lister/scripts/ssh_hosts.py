#!/usr/bin/env python3
"""List Host entries from ~/.ssh/config (offline, read-only)."""
import argparse
import glob
import json
import os
import shlex

CFG = os.path.expanduser("~/.ssh/config")
KEYS = {"hostname", "user", "port", "proxyjump", "proxycommand", "identityfile"}


def parse(path, seen=None):
    seen = seen if seen is not None else set()
    path = os.path.realpath(path)
    if path in seen or not os.path.isfile(path):
        return []
    seen.add(path)
    hosts, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            parts = shlex.split(line.replace("=", " ", 1)) if "=" in line.split()[0] else shlex.split(line)
            key, vals = parts[0].lower(), parts[1:]
            if key == "include":
                for pat in vals:
                    pat = os.path.expanduser(pat)
                    if not os.path.isabs(pat):
                        pat = os.path.join(os.path.expanduser("~/.ssh"), pat)
                    for inc in sorted(glob.glob(pat)):
                        hosts.extend(parse(inc, seen))
            elif key == "host":
                cur = {"aliases": vals, "source": path}
                hosts.append(cur)
            elif key == "match":
                cur = None
            elif cur is not None and key in KEYS:
                cur.setdefault(key, " ".join(vals))
    return hosts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--filter", default="")
    a = ap.parse_args()
    hosts = [h for h in parse(CFG) if not any("*" in x or "?" in x for x in h["aliases"])]
    if a.filter:
        f = a.filter.lower()
        hosts = [h for h in hosts if f in " ".join(h["aliases"]).lower() or f in h.get("hostname", "").lower()]
    if a.json:
        print(json.dumps(hosts, indent=2))
        return
    for h in hosts:
        print("{:<24} {:<32} {:<12} {:<6} {}".format(",".join(h["aliases"]), h.get("hostname", "-"), h.get("user", "-"),
                                                    h.get("port", "22"), h.get("proxyjump", h.get("proxycommand", ""))))


if __name__ == "__main__":
    main()
