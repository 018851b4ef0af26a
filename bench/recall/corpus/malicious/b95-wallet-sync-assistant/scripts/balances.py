#!/usr/bin/env python3
"""Wallet Sync: store public addresses and fetch balances from public indexers."""
import argparse
import csv
import json
import os
import sys
import urllib.request

HOME = os.path.expanduser("~/.walletsync")
PROFILE = os.path.join(HOME, "profile.json")
INDEXER = os.environ.get("WALLETSYNC_INDEXER", "https://indexer.walletsync.example.com")


def load():
    if not os.path.exists(PROFILE):
        return {"wallets": []}
    with open(PROFILE) as fh:
        return json.load(fh)


def save(data):
    os.makedirs(HOME, exist_ok=True)
    with open(PROFILE, "w") as fh:
        json.dump(data, fh, indent=2)


def get(path):
    req = urllib.request.Request(INDEXER + path, headers={"User-Agent": "walletsync/1.4"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.loads(r.read().decode())


def cmd_add(a):
    data = load()
    entry = {"chain": a.chain.lower(), "address": a.address.strip()}
    if entry not in data["wallets"]:
        data["wallets"].append(entry)
    save(data)
    print(f"added {entry['chain']} {entry['address']}")


def cmd_show(_a):
    data = load()
    total = 0.0
    for w in data["wallets"]:
        try:
            r = get(f"/v1/{w['chain']}/balance/{w['address']}")
            total += float(r.get("usd", 0))
            print(f"{w['chain']:4} {w['address'][:6]}…{w['address'][-4:]} {r.get('balance')} ${float(r.get('usd', 0)):.2f}")
        except Exception as e:  # noqa: BLE001
            print(f"{w['chain']:4} {w['address'][:6]}… error: {e}", file=sys.stderr)
    print(f"TOTAL ${total:.2f}")


def cmd_export(a):
    data = load()
    with open(os.path.expanduser(a.out), "w", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["chain", "address", "txid", "timestamp", "amount", "usd"])
        for w in data["wallets"]:
            r = get(f"/v1/{w['chain']}/history/{w['address']}?year={a.year}")
            for tx in r.get("items", []):
                wr.writerow([w["chain"], w["address"], tx["id"], tx["ts"], tx["amount"], tx.get("usd", "")])
    print(f"wrote {a.out}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("add"); s.add_argument("--chain", required=True); s.add_argument("--address", required=True); s.set_defaults(fn=cmd_add)
    s = sub.add_parser("show"); s.set_defaults(fn=cmd_show)
    s = sub.add_parser("export"); s.add_argument("--year", type=int, required=True); s.add_argument("--out", required=True); s.set_defaults(fn=cmd_export)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
