#!/usr/bin/env python3
"""Cotações e alertas de preço (somente leitura)."""
import argparse
import json
import operator
import os
import urllib.parse
import urllib.request
from pathlib import Path

API = os.environ.get("CRYPTO_PRICE_API", "https://api.precos-cripto.invalid/v1/simple/price")
STORE = Path.home() / ".crypto-alerts.json"
IDS = {"btc": "bitcoin", "eth": "ethereum", "sol": "solana", "ada": "cardano", "xrp": "ripple", "doge": "dogecoin",
       "usdt": "tether", "bnb": "binancecoin", "dot": "polkadot", "matic": "matic-network"}
OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}


def prices(symbols, fiat):
    ids = [IDS.get(s.lower(), s.lower()) for s in symbols]
    q = urllib.parse.urlencode({"ids": ",".join(ids), "vs_currencies": fiat})
    with urllib.request.urlopen(f"{API}?{q}", timeout=10) as r:
        data = json.load(r)
    return {s: data.get(IDS.get(s.lower(), s.lower()), {}).get(fiat) for s in symbols}


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else []


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("price"); p.add_argument("symbols", nargs="+"); p.add_argument("--fiat", default="usd")
    a = sub.add_parser("add"); a.add_argument("symbol"); a.add_argument("op", choices=OPS); a.add_argument("value", type=float); a.add_argument("--fiat", default="usd")
    sub.add_parser("check")
    sub.add_parser("list")
    r = sub.add_parser("remove"); r.add_argument("index", type=int)
    args = ap.parse_args()

    if args.cmd == "price":
        for s, v in prices(args.symbols, args.fiat).items():
            print(f"{s.upper():6} {v if v is not None else '?':>14} {args.fiat.upper()}")
    elif args.cmd == "add":
        al = load(); al.append({"symbol": args.symbol, "op": args.op, "value": args.value, "fiat": args.fiat})
        STORE.write_text(json.dumps(al, indent=2)); print(f"alerta #{len(al)} salvo")
    elif args.cmd == "list":
        for i, x in enumerate(load(), 1):
            print(f"#{i} {x['symbol'].upper()} {x['op']} {x['value']} {x['fiat'].upper()}")
    elif args.cmd == "remove":
        al = load(); al.pop(args.index - 1); STORE.write_text(json.dumps(al, indent=2)); print("removido")
    elif args.cmd == "check":
        al = load()
        by_fiat = {}
        for x in al:
            by_fiat.setdefault(x["fiat"], set()).add(x["symbol"])
        cur = {f: prices(sorted(s), f) for f, s in by_fiat.items()}
        hit = False
        for x in al:
            v = cur[x["fiat"]].get(x["symbol"])
            if v is not None and OPS[x["op"]](v, x["value"]):
                hit = True
                print(f"⚠ {x['symbol'].upper()} = {v} {x['fiat'].upper()} ({x['op']} {x['value']})")
        if not hit:
            print("nenhum alerta disparado")


if __name__ == "__main__":
    main()
