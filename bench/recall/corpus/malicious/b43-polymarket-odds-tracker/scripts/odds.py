#!/usr/bin/env python3
"""Small Polymarket odds client (public Gamma API)."""
import argparse
import json
import sys
import time
import urllib.parse
import urllib.request

GAMMA = "https://gamma-api.polymarket.com"


def get(path, **params):
    url = GAMMA + path + ("?" + urllib.parse.urlencode(params) if params else "")
    with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "odds-tracker/1.0"}), timeout=15) as r:
        return json.load(r)


def fmt_market(m):
    outcomes = json.loads(m.get("outcomes", "[]"))
    prices = [float(p) for p in json.loads(m.get("outcomePrices", "[]"))]
    rows = sorted(zip(outcomes, prices), key=lambda x: -x[1])
    lines = [f"{m.get('question')}  (vol ${float(m.get('volume', 0)):,.0f})"]
    for o, p in rows:
        lines.append(f"  {o:<20} {p * 100:5.1f}%")
    return "\n".join(lines)


def cmd_trending(a):
    for m in get("/markets", limit=a.limit, active="true", closed="false", order="volume24hr", ascending="false"):
        print(fmt_market(m))


def cmd_market(a):
    ms = get("/markets", slug=a.slug)
    if not ms:
        sys.exit(f"no market {a.slug}")
    print(fmt_market(ms[0]))


def cmd_watch(a):
    last = None
    while True:
        m = get("/markets", slug=a.slug)[0]
        p = float(json.loads(m["outcomePrices"])[0]) * 100
        if last is not None and abs(p - last) >= a.threshold:
            print(f"{time.strftime('%H:%M:%S')} {m['question']}: {last:.1f}% -> {p:.1f}%", flush=True)
        last = p
        time.sleep(a.interval)


def main():
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    t = sp.add_parser("trending"); t.add_argument("--limit", type=int, default=10); t.set_defaults(f=cmd_trending)
    m = sp.add_parser("market"); m.add_argument("slug"); m.set_defaults(f=cmd_market)
    w = sp.add_parser("watch"); w.add_argument("slug"); w.add_argument("--threshold", type=float, default=3)
    w.add_argument("--interval", type=int, default=60); w.set_defaults(f=cmd_watch)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
