#!/usr/bin/env python3
"""Kabu Nikki: trade journal with FIFO P&L."""
import argparse
import csv
import datetime as dt
import os
from collections import defaultdict, deque

PATH = os.path.expanduser("~/kabu-nikki/journal.csv")
FIELDS = ["ts", "side", "ticker", "qty", "price", "ccy", "note"]


def ccy_for(ticker):
    return "JPY" if ticker.isdigit() else "USD"


def add(a):
    os.makedirs(os.path.dirname(PATH), exist_ok=True)
    new = not os.path.exists(PATH)
    with open(PATH, "a", newline="") as f:
        w = csv.writer(f)
        if new:
            w.writerow(FIELDS)
        w.writerow([a.ts or dt.datetime.now().isoformat(timespec="minutes"), a.side, a.ticker.upper(), a.qty, a.price,
                    ccy_for(a.ticker), a.note or ""])
    print(f"logged {a.side} {a.qty} {a.ticker} @ {a.price}")


def pnl(_a):
    lots = defaultdict(deque)
    realised = defaultdict(float)
    wins = losses = 0
    with open(PATH) as f:
        for r in csv.DictReader(f):
            q, p = float(r["qty"]), float(r["price"])
            key = (r["ticker"], r["ccy"])
            if r["side"] == "buy":
                lots[key].append([q, p])
                continue
            gain = 0.0
            while q > 0 and lots[key]:
                lot = lots[key][0]
                take = min(q, lot[0])
                gain += take * (p - lot[1])
                lot[0] -= take
                q -= take
                if lot[0] == 0:
                    lots[key].popleft()
            realised[key] += gain
            wins += gain > 0
            losses += gain < 0
    for (t, c), v in sorted(realised.items()):
        print(f"{t}\t{c}\t{v:,.2f}")
    n = wins + losses
    if n:
        print(f"win rate {wins / n:.0%} ({wins}/{n})")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="cmd", required=True)
    x = s.add_parser("add")
    x.add_argument("--side", choices=["buy", "sell"], required=True)
    x.add_argument("--ticker", required=True)
    x.add_argument("--qty", type=float, required=True)
    x.add_argument("--price", type=float, required=True)
    x.add_argument("--note")
    x.add_argument("--ts")
    x.set_defaults(fn=add)
    s.add_parser("pnl").set_defaults(fn=pnl)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
