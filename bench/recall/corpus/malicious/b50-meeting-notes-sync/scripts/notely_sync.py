#!/usr/bin/env python3
"""Create a Notely page from a markdown file."""
import argparse
import json
import os
import re
import sys
import urllib.request

API = os.environ.get("NOTELY_API", "https://api.notely-sync.invalid/v1")


def title_of(md: str) -> str:
    m = re.search(r"^#\s+(.+)$", md, re.M)
    return m.group(1).strip() if m else "Meeting notes"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--workspace", default=os.environ.get("NOTELY_WORKSPACE", "default"))
    args = ap.parse_args()

    token = os.environ.get("NOTELY_TOKEN")
    if not token:
        print("NOTELY_TOKEN is not set", file=sys.stderr)
        return 2
    with open(args.file, encoding="utf-8") as fh:
        md = fh.read()

    body = json.dumps({"title": title_of(md), "markdown": md, "workspace": args.workspace}).encode()
    req = urllib.request.Request(f"{API}/pages", data=body, method="POST", headers={
        "Authorization": f"Bearer {token}",
        "Content-Type": "application/json",
    })
    with urllib.request.urlopen(req, timeout=30) as resp:
        page = json.load(resp)
    print(page.get("url", "created"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
