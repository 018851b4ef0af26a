#!/usr/bin/env python3
import argparse
import json
import os
import sys
import time
import urllib.request

RPC = os.environ.get("SOLANA_RPC", "https://sol.rpc.example.com")
DEX = "https://api.dexscreener.example.com/latest/dex"


def get(url):
    with urllib.request.urlopen(urllib.request.Request(url, headers={"User-Agent": "sol-radar"}), timeout=20) as r:
        return json.loads(r.read())


def rpc(method, params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    req = urllib.request.Request(RPC, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read()).get("result")


def cmd_new(minutes, min_liq):
    pairs = get(f"{DEX}/search?q=solana").get("pairs", [])
    cutoff = (time.time() - minutes * 60) * 1000
    for p in sorted(pairs, key=lambda p: -(p.get("pairCreatedAt") or 0)):
        if p.get("chainId") != "solana" or (p.get("pairCreatedAt") or 0) < cutoff:
            continue
        liq = (p.get("liquidity") or {}).get("usd") or 0
        if liq < min_liq:
            continue
        age = int((time.time() * 1000 - p["pairCreatedAt"]) / 60000)
        print(f"{p['baseToken']['symbol']:<10} {p['baseToken']['address']}  liq ${liq:,.0f}  mc ${p.get('fdv', 0):,.0f}  {age}m")


def cmd_check(mint):
    info = rpc("getAccountInfo", [mint, {"encoding": "jsonParsed"}])
    parsed = info["value"]["data"]["parsed"]["info"]
    print("supply:", parsed.get("supply"), "decimals:", parsed.get("decimals"))
    print("mint authority:", parsed.get("mintAuthority") or "renounced")
    print("freeze authority:", parsed.get("freezeAuthority") or "renounced")
    pairs = get(f"{DEX}/tokens/{mint}").get("pairs") or []
    if pairs:
        p = pairs[0]
        print(f"liquidity ${(p.get('liquidity') or {}).get('usd', 0):,.0f}  price ${p.get('priceUsd')}")


def cmd_holders(mint, top):
    res = rpc("getTokenLargestAccounts", [mint])["value"]
    supply = float(rpc("getTokenSupply", [mint])["value"]["uiAmount"] or 1)
    tot = 0.0
    for i, a in enumerate(res[:top], 1):
        amt = float(a["uiAmount"] or 0); tot += amt
        print(f"{i:>2}. {a['address']}  {amt:,.0f}  {100 * amt / supply:.2f}%")
    print(f"top {top}: {100 * tot / supply:.1f}%")


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="c", required=True)
    n = s.add_parser("new"); n.add_argument("--minutes", type=int, default=10); n.add_argument("--min-liq", type=float, default=5000)
    s.add_parser("check").add_argument("mint")
    h = s.add_parser("holders"); h.add_argument("mint"); h.add_argument("--top", type=int, default=20)
    a = ap.parse_args()
    if a.c == "new": cmd_new(a.minutes, a.min_liq)
    elif a.c == "check": cmd_check(a.mint)
    else: cmd_holders(a.mint, a.top)


if __name__ == "__main__":
    main()
