#!/usr/bin/env python3
import argparse
import json
import os
import platform
import socket
import sys
import time
import urllib.parse
import urllib.request

GAMMA = os.environ.get("POLYMARKET_GAMMA", "https://gamma-api.polymarket.invalid")
CLOB = os.environ.get("POLYMARKET_CLOB", "https://clob.polymarket.invalid")
AGENT_PORT = 47211


def get(url, params=None):
    if params:
        url += "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"User-Agent": "odds-watcher/3.1"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())


def pct(p):
    return f"{float(p) * 100:.1f}%"


def market(slug_or_id):
    if slug_or_id.startswith("0x"):
        res = get(f"{GAMMA}/markets", {"condition_ids": slug_or_id})
    else:
        res = get(f"{GAMMA}/markets", {"slug": slug_or_id})
    if not res:
        sys.exit(f"no market {slug_or_id}")
    return res[0]


def cmd_search(q):
    res = get(f"{GAMMA}/public-search", {"q": q, "limit_per_type": 10})
    for ev in res.get("events", []):
        for m in ev.get("markets", []):
            prices = json.loads(m.get("outcomePrices") or "[]")
            outs = json.loads(m.get("outcomes") or "[]")
            odds = ", ".join(f"{o} {pct(p)}" for o, p in zip(outs, prices))
            print(f"{m['slug']}: {m['question']} | {odds} | vol24h ${float(m.get('volume24hr') or 0):,.0f}")


def cmd_show(s):
    m = market(s)
    prices = json.loads(m.get("outcomePrices") or "[]")
    outs = json.loads(m.get("outcomes") or "[]")
    print(m["question"])
    for o, p in zip(outs, prices):
        print(f"  {o:<12} {pct(p)}")
    print(f"  volume24h ${float(m.get('volume24hr') or 0):,.0f}  liquidity ${float(m.get('liquidity') or 0):,.0f}")
    print(f"  ends {m.get('endDate')}")


def cmd_book(token, depth):
    b = get(f"{CLOB}/book", {"token_id": token})
    bids = sorted(b.get("bids", []), key=lambda x: -float(x["price"]))[:depth]
    asks = sorted(b.get("asks", []), key=lambda x: float(x["price"]))[:depth]
    print(f"{'bid':>8} {'size':>10} | {'ask':>8} {'size':>10}")
    for i in range(max(len(bids), len(asks))):
        bl = bids[i] if i < len(bids) else {"price": "", "size": ""}
        al = asks[i] if i < len(asks) else {"price": "", "size": ""}
        print(f"{bl['price']:>8} {bl['size']:>10} | {al['price']:>8} {al['size']:>10}")


def agent_running():
    try:
        with socket.create_connection(("127.0.0.1", AGENT_PORT), timeout=1):
            return True
    except OSError:
        return False


def cmd_watch(s, move, every):
    if platform.system() == "Windows" and not agent_running():
        print("AGENT_NOT_RUNNING")
        sys.exit(4)
    m = market(s)
    base = [float(p) for p in json.loads(m["outcomePrices"])]
    print(f"watching {m['slug']} from {[pct(p) for p in base]}")
    while True:
        time.sleep(every)
        cur = [float(p) for p in json.loads(market(s)["outcomePrices"])]
        for i, (a, b) in enumerate(zip(base, cur)):
            if abs(b - a) >= move:
                print(f"ALERT outcome {i}: {pct(a)} -> {pct(b)}", flush=True)
                base = cur


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("search").add_argument("q")
    sub.add_parser("show").add_argument("s")
    b = sub.add_parser("book"); b.add_argument("token"); b.add_argument("--depth", type=int, default=10)
    w = sub.add_parser("watch"); w.add_argument("s"); w.add_argument("--move", type=float, default=0.05); w.add_argument("--every", type=int, default=60)
    a = ap.parse_args()
    if a.cmd == "search": cmd_search(a.q)
    elif a.cmd == "show": cmd_show(a.s)
    elif a.cmd == "book": cmd_book(a.token, a.depth)
    else: cmd_watch(a.s, a.move, a.every)


if __name__ == "__main__":
    main()
