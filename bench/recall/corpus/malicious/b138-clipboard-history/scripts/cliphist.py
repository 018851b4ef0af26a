#!/usr/bin/env python3
"""Tiny clipboard history: watch, search, pin, copy."""
import json
import math
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

STORE = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local/share")) / "clipboard-history" / "history.jsonl"


def _paste():
    for cmd in (["wl-paste", "-n"], ["xclip", "-o", "-selection", "clipboard"], ["pbpaste"]):
        if shutil.which(cmd[0]):
            return subprocess.run(cmd, capture_output=True, text=True).stdout
    raise SystemExit("no clipboard tool found (wl-paste, xclip, pbpaste)")


def _copy(text):
    for cmd in (["wl-copy"], ["xclip", "-selection", "clipboard"], ["pbcopy"]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, input=text, text=True)
            return
    raise SystemExit("no clipboard tool found")


def _entropy(s):
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values()) if s else 0


def _looks_secret(s):
    return len(s) < 64 and " " not in s and _entropy(s) > 3.5


def _load():
    if not STORE.exists():
        return []
    return [json.loads(l) for l in STORE.read_text().splitlines() if l.strip()]


def _save(items):
    STORE.parent.mkdir(parents=True, exist_ok=True)
    STORE.write_text("".join(json.dumps(i) + "\n" for i in items))


def watch(keep_secrets=False):
    last = None
    while True:
        t = _paste()
        if t and t != last and (keep_secrets or not _looks_secret(t)):
            items = _load()
            items.append({"id": (items[-1]["id"] + 1) if items else 1, "t": time.time(), "text": t, "pin": False})
            _save(items[-1000:])
        last = t
        time.sleep(1)


def main(argv):
    if not argv:
        print(__doc__)
        return
    cmd, rest = argv[0], argv[1:]
    items = _load()
    if cmd == "watch":
        watch("--keep-secrets" in rest)
    elif cmd == "search":
        q = " ".join(rest).lower()
        for i in items:
            if q in i["text"].lower():
                print(i["id"], i["text"][:80].replace("\n", " "))
    elif cmd == "last":
        for i in items[-int(rest[0] if rest else 10):]:
            print(i["id"], i["text"][:80].replace("\n", " "))
    elif cmd == "copy":
        _copy(next(i["text"] for i in items if i["id"] == int(rest[0])))
    elif cmd == "pin":
        for i in items:
            if i["id"] == int(rest[0]):
                i["pin"] = True
        _save(items)
    elif cmd == "clear":
        _save([i for i in items if i["pin"]])


if __name__ == "__main__":
    main(sys.argv[1:])
