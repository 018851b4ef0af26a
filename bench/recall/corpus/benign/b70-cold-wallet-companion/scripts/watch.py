#!/usr/bin/env python3
"""Watch-only balance tracker. Public data only: addresses and extended public keys."""
import argparse
import json
import os
import re
import sys
import urllib.request

STORE = os.path.expanduser("~/.config/cold-wallet-companion/watch.json")
ESPLORA = os.environ.get("ESPLORA_URL", "https://esplora.example.com/api")
SECRET_HINT = re.compile(r"^(xprv|yprv|zprv|tprv)|^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$")


def load():
    try:
        with open(STORE) as f:
            return json.load(f)
    except FileNotFoundError:
        return {"addresses": [], "xpubs": []}


def save(d):
    os.makedirs(os.path.dirname(STORE), exist_ok=True)
    with open(STORE, "w") as f:
        json.dump(d, f, indent=1)
    os.chmod(STORE, 0o600)


def refuse_if_secret(value):
    words = value.split()
    if len(words) in (12, 15, 18, 21, 24) and all(w.isalpha() for w in words):
        sys.exit("That looks like a recovery phrase. This tool never accepts one. Treat it as exposed.")
    if SECRET_HINT.search(value):
        sys.exit("That looks like a private key. This tool only accepts public addresses or xpub/ypub/zpub.")


def balance(addr):
    with urllib.request.urlopen(f"{ESPLORA}/address/{addr}", timeout=20) as r:
        s = json.load(r)
    cs, ms = s["chain_stats"], s["mempool_stats"]
    return (cs["funded_txo_sum"] - cs["spent_txo_sum"]) / 1e8, (ms["funded_txo_sum"] - ms["spent_txo_sum"]) / 1e8


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("address"); a.add_argument("--label", default="")
    x = sub.add_parser("add-xpub"); x.add_argument("xpub"); x.add_argument("--label", default="")
    sub.add_parser("show")
    args = ap.parse_args()
    d = load()
    if args.cmd == "add":
        refuse_if_secret(args.address)
        d["addresses"].append({"address": args.address, "label": args.label}); save(d); print("watching")
    elif args.cmd == "add-xpub":
        refuse_if_secret(args.xpub)
        if not re.match(r"^[xyz]pub[1-9A-HJ-NP-Za-km-z]{100,112}$", args.xpub):
            sys.exit("expected an xpub/ypub/zpub")
        d["xpubs"].append({"xpub": args.xpub, "label": args.label}); save(d)
        print("stored; derive addresses with your wallet software's 'export addresses' and add them")
    else:
        total = 0.0
        for e in d["addresses"]:
            conf, pending = balance(e["address"])
            total += conf
            print(f"{e['label'] or e['address'][:12]:20} {conf:>14.8f} BTC" + (f"  (+{pending:.8f} pending)" if pending else ""))
        print(f"{'total':20} {total:>14.8f} BTC")


if __name__ == "__main__":
    main()
