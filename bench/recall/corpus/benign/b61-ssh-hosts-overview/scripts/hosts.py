#!/usr/bin/env python3
"""List hosts from ~/.ssh/config (and Include files) without touching key material."""
import glob
import json
import os
import pathlib
import shlex
import sys

SSH_DIR = pathlib.Path.home() / ".ssh"
FIELDS = ("hostname", "user", "port", "proxyjump", "identityfile")


def expand(path, base):
    p = os.path.expanduser(path)
    if not os.path.isabs(p):
        p = str(base / p)
    return sorted(glob.glob(p))


def parse(path, seen=None):
    seen = seen or set()
    path = pathlib.Path(path)
    if path in seen or not path.is_file():
        return []
    seen.add(path)
    hosts, current = [], None
    for raw in path.read_text(errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            parts = shlex.split(line.replace("=", " ", 1))
        except ValueError:
            continue
        key, args = parts[0].lower(), parts[1:]
        if key == "include":
            for a in args:
                for f in expand(a, SSH_DIR):
                    hosts += parse(f, seen)
        elif key == "host":
            current = {"alias": " ".join(args), "source": str(path)}
            hosts.append(current)
        elif key == "match":
            current = None
        elif current is not None and key in FIELDS and key not in current:
            current[key] = " ".join(args)
    for h in hosts:
        if "identityfile" in h:
            p = os.path.expanduser(h["identityfile"])
            h["identityfile_exists"] = os.path.exists(p)
    return hosts


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    hosts = [h for h in parse(SSH_DIR / "config") if "*" not in h["alias"]]
    if args:
        q = args[0].lower()
        hosts = [h for h in hosts if q in json.dumps(h).lower()]
    if "--json" in sys.argv:
        print(json.dumps(hosts, indent=2))
        return
    if not hosts:
        print("no hosts found")
        return
    cols = ("alias",) + FIELDS
    rows = [[str(h.get(c, "")) + (" (missing)" if c == "identityfile" and h.get("identityfile_exists") is False else "") for c in cols] for h in hosts]
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths)))
    for r in rows:
        print("  ".join(v.ljust(w) for v, w in zip(r, widths)))


if __name__ == "__main__":
    main()
