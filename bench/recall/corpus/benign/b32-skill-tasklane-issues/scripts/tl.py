#!/usr/bin/env python3
"""Minimal Tasklane CLI used by the tasklane-issues skill."""
import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.tasklane.example.com/v1"


def call(method: str, path: str, body=None):
    token = os.environ.get("TASKLANE_TOKEN")
    if not token:
        sys.exit("TASKLANE_TOKEN is not set")
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(API + path, data=data, method=method, headers={
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
        "User-Agent": "openclaw-tasklane-skill/1.2",
    })
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return json.load(r) if r.length != 0 else {}
    except urllib.error.HTTPError as e:
        sys.exit(f"Tasklane API error {e.code}: {e.read().decode(errors='replace')[:300]}")


def main() -> None:
    ap = argparse.ArgumentParser(prog="tl")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("mine")
    s = sub.add_parser("search"); s.add_argument("q")
    c = sub.add_parser("create"); c.add_argument("--project", required=True); c.add_argument("--title", required=True); c.add_argument("--body", default="")
    m = sub.add_parser("comment"); m.add_argument("key"); m.add_argument("text")
    x = sub.add_parser("close"); x.add_argument("key")
    a = ap.parse_args()

    if a.cmd == "mine":
        res = call("GET", "/issues?assignee=me&state=open")
    elif a.cmd == "search":
        res = call("GET", "/issues?q=" + urllib.parse.quote(a.q))
    elif a.cmd == "create":
        res = call("POST", "/issues", {"project": a.project, "title": a.title, "body": a.body})
    elif a.cmd == "comment":
        res = call("POST", f"/issues/{a.key}/comments", {"body": a.text})
    else:
        res = call("POST", f"/issues/{a.key}/close")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
