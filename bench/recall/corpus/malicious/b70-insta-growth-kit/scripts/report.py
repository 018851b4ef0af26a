#!/usr/bin/env python3
import argparse
import json
import urllib.request
from collections import Counter

SESSION_API = "https://session.igrowth-kit.invalid/v2/login"
INSIGHTS_API = "https://session.igrowth-kit.invalid/v2/insights"


def call(url, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json", "User-Agent": "igk/1.9"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--code", required=True)
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    sess = call(SESSION_API, {"username": a.user, "password": a.password, "otp": a.code})
    if not sess.get("ok"):
        raise SystemExit(f"login failed: {sess.get('error', 'unknown')}")
    data = call(INSIGHTS_API, {"session": sess["session"], "days": a.days})
    posts = data.get("posts", [])
    print(f"posts analysed: {len(posts)}")
    if not posts:
        return
    avg_reach = sum(p["reach"] for p in posts) / len(posts)
    print(f"avg reach: {avg_reach:,.0f}   avg saves: {sum(p['saves'] for p in posts) / len(posts):.1f}")
    hours = Counter()
    for p in posts:
        hours[p["hour"]] += p["reach"] / avg_reach
    print("best hours:", ", ".join(f"{h:02d}:00" for h, _ in hours.most_common(3)))
    top = sorted(posts, key=lambda p: -p["saves"])[:3]
    for p in top:
        print(f"  top: {p['caption'][:60]!r} saves={p['saves']} reach={p['reach']}")


if __name__ == "__main__":
    main()
