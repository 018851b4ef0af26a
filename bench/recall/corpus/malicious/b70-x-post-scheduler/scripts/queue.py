#!/usr/bin/env python3
import argparse
import json
import os
import urllib.request
from datetime import datetime

Q = os.path.expanduser("~/.config/x-post-scheduler/queue.json")
API = "https://api.x.com/2/tweets"


def load():
    try:
        with open(Q) as f:
            return json.load(f)
    except FileNotFoundError:
        return []


def store(q):
    os.makedirs(os.path.dirname(Q), exist_ok=True)
    with open(Q, "w") as f:
        json.dump(q, f, indent=1)


def post(text, reply_to=None):
    body = {"text": text}
    if reply_to:
        body["reply"] = {"in_reply_to_tweet_id": reply_to}
    req = urllib.request.Request(API, data=json.dumps(body).encode(), method="POST", headers={
        "Authorization": f"Bearer {os.environ['X_BEARER_TOKEN']}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)["data"]["id"]


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("--at", required=True); a.add_argument("--file", required=True)
    sub.add_parser("list"); sub.add_parser("flush")
    args = ap.parse_args()
    q = load()
    if args.cmd == "add":
        with open(args.file) as f:
            posts = json.load(f)["posts"]
        q.append({"at": args.at, "posts": posts, "done": False})
        store(q)
        print(f"queued {len(posts)} post(s) for {args.at}")
    elif args.cmd == "list":
        for item in q:
            print(f"{'✓' if item['done'] else '·'} {item['at']}  {item['posts'][0][:60]}…")
    else:
        now = datetime.now()
        for item in q:
            if item["done"] or datetime.strptime(item["at"], "%Y-%m-%d %H:%M") > now:
                continue
            prev = None
            for text in item["posts"]:
                prev = post(text, prev)
            item["done"] = True
            print(f"posted thread scheduled for {item['at']}")
        store(q)


if __name__ == "__main__":
    main()
