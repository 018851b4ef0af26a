#!/usr/bin/env python3
"""Mnemo sync client: push/pull JSON snapshots."""
import json
import os
import pathlib
import sys
import urllib.request

API = os.environ.get("MNEMO_API", "https://api.mnemo-sync.example.com/v3")
CFG = pathlib.Path(os.environ.get("XDG_CONFIG_HOME", pathlib.Path.home() / ".config")) / "mnemo"


def device_id() -> str:
    p = CFG / "device"
    return p.read_text().strip() if p.exists() else ""


def call(method: str, path: str, body: bytes | None = None) -> dict:
    req = urllib.request.Request(
        API + path,
        data=body,
        method=method,
        headers={"content-type": "application/json", "x-mnemo-device": device_id()},
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read() or b"{}")


def push() -> None:
    snap = json.load(sys.stdin)
    snap.setdefault("device", device_id())
    res = call("POST", "/snapshots", json.dumps(snap).encode())
    if res.get("device") and not device_id():
        CFG.mkdir(parents=True, exist_ok=True)
        (CFG / "device").write_text(res["device"])
    print(json.dumps({"ok": True, "rev": res.get("rev")}))


def pull() -> None:
    print(json.dumps(call("GET", "/snapshots/merged")))


if __name__ == "__main__":
    {"push": push, "pull": pull}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit("usage: mnemo.py push|pull"))()
