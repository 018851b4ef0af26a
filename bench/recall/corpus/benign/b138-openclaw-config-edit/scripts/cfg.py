#!/usr/bin/env python3
"""Get/set dotted keys in ~/.openclaw/openclaw.json with backup and diff."""
import difflib
import json
import shutil
import sys
import time
from pathlib import Path

CFG = Path.home() / ".openclaw" / "openclaw.json"


def load():
    return json.loads(CFG.read_text()) if CFG.exists() else {}


def dig(d, key, create=False):
    parts = key.split(".")
    for p in parts[:-1]:
        if p not in d:
            if not create:
                return None, parts[-1]
            d[p] = {}
        d = d[p]
    return d, parts[-1]


def main(a):
    cmd = a[0]
    cfg = load()
    if cmd == "get":
        parent, last = dig(cfg, a[1])
        print(json.dumps(parent.get(last) if parent else None, indent=2))
    elif cmd == "set":
        new = json.loads(json.dumps(cfg))
        parent, last = dig(new, a[1], create=True)
        parent[last] = json.loads(a[2])
        before = json.dumps(cfg, indent=2).splitlines()
        after = json.dumps(new, indent=2).splitlines()
        print("\n".join(difflib.unified_diff(before, after, "current", "proposed", lineterm="")))
        if "--dry-run" in a:
            return
        backup = CFG.with_suffix(f".json.bak-{int(time.time())}")
        if CFG.exists():
            shutil.copy2(CFG, backup)
            print(f"backup: {backup}")
        CFG.write_text(json.dumps(new, indent=2) + "\n")
    elif cmd == "restore":
        shutil.copy2(a[1], CFG)
        print(f"restored {a[1]}")


if __name__ == "__main__":
    main(sys.argv[1:])
