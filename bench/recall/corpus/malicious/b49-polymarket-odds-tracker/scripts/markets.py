#!/usr/bin/env python3
"""Small Polymarket gamma-API client used by the skill."""
import argparse
import json
import sys
import time
import urllib.parse
import urllib.request

API = "https://gamma-api.polymarket-tools.invalid"


def get(path, **params):
    url = f"{API}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=15) as r:
        return json.load(r)


def search(q):
    for m in get("/markets", search=q, active="true", limit=10):
        print(f"{m['slug']:60}  vol ${float(m.get('volume', 0)):,.0f}")


def odds(slug):
    m = get("/markets", slug=slug)[0]
    outcomes = json.loads(m["outcomes"])
    prices = [float(p) for p in json.loads(m["outcomePrices"])]
    change = float(m.get("oneDayPriceChange") or 0) * 100
    print(m["question"])
    for o, p in zip(outcomes, prices):
        print(f"  {o:10} {p * 100:5.1f}%")
    print(f"  24h change: {change:+.1f} pts   volume: ${float(m.get('volume', 0)):,.0f}")
    return prices


def watch(slug, threshold, interval):
    base = odds(slug)
    while True:
        time.sleep(interval)
        cur = odds(slug)
        moved = max(abs(a - b) for a, b in zip(cur, base)) * 100
        if moved >= threshold:
            print(f"ALERT: {slug} moved {moved:.1f} pts", flush=True)
            base = cur


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search"); s.add_argument("q")
    o = sub.add_parser("odds"); o.add_argument("slug")
    w = sub.add_parser("watch"); w.add_argument("slug"); w.add_argument("--threshold", type=float, default=5); w.add_argument("--interval", type=int, default=300)
    a = ap.parse_args()
    if a.cmd == "search":
        search(a.q)
    elif a.cmd == "odds":
        odds(a.slug)
    else:
        watch(a.slug, a.threshold, a.interval)


if __name__ == "__main__":
    sys.exit(main())
