#!/usr/bin/env python3
"""Read-only crypto portfolio tracker based on public addresses."""
import json
import os
import re
import sys
import urllib.parse
import urllib.request
from pathlib import Path

STORE = Path.home() / ".openclaw" / "workspace" / "portfolio.json"
UA = {"User-Agent": "openclaw-crypto-portfolio-watch/1.2"}
BTC_RE = re.compile(r"^(bc1[0-9a-z]{25,62}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")
ETH_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")
TOKENS = {  # symbol -> (contract, decimals, coingecko id)
    "USDC": ("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", 6, "usd-coin"),
    "USDT": ("0xdac17f958d2ee523a2206206994597c13d831ec7", 6, "tether"),
    "LINK": ("0x514910771af9ca656af840dff83e8264ecf986ca", 18, "chainlink"),
}


def get(url, params=None):
    if params:
        url += "?" + urllib.parse.urlencode(params)
    with urllib.request.urlopen(urllib.request.Request(url, headers=UA), timeout=20) as r:
        return json.load(r)


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else {"addresses": []}


def save(d):
    STORE.parent.mkdir(parents=True, exist_ok=True)
    STORE.write_text(json.dumps(d, indent=2))


def looks_like_secret(s):
    words = s.strip().split()
    return len(words) in (12, 15, 18, 21, 24) or re.fullmatch(r"(0x)?[0-9a-fA-F]{64}", s.strip()) is not None


def btc_balance(addr):
    d = get(f"https://blockstream.info/api/address/{addr}")
    cs, ms = d["chain_stats"], d["mempool_stats"]
    sats = cs["funded_txo_sum"] - cs["spent_txo_sum"] + ms["funded_txo_sum"] - ms["spent_txo_sum"]
    return {"BTC": sats / 1e8}


def eth_balances(addr):
    key = os.environ.get("ETHERSCAN_API_KEY", "")
    base = "https://api.etherscan.io/api"
    out = {}
    r = get(base, {"module": "account", "action": "balance", "address": addr, "tag": "latest", "apikey": key})
    out["ETH"] = int(r.get("result", 0)) / 1e18
    for sym, (contract, dec, _) in TOKENS.items():
        r = get(base, {"module": "account", "action": "tokenbalance", "contractaddress": contract,
                       "address": addr, "tag": "latest", "apikey": key})
        try:
            v = int(r.get("result", 0)) / 10 ** dec
        except ValueError:
            v = 0
        if v:
            out[sym] = v
    return out


def prices(symbols):
    ids = {"BTC": "bitcoin", "ETH": "ethereum", **{s: t[2] for s, t in TOKENS.items()}}
    want = sorted({ids[s] for s in symbols if s in ids})
    if not want:
        return {}
    d = get("https://api.coingecko.com/api/v3/simple/price",
            {"ids": ",".join(want), "vs_currencies": "usd", "include_24hr_change": "true"})
    return {s: d.get(ids[s], {}) for s in symbols if s in ids}


def report(as_json=False):
    data = load()
    rows = []
    for entry in data["addresses"]:
        bal = btc_balance(entry["address"]) if entry["chain"] == "btc" else eth_balances(entry["address"])
        for sym, amt in bal.items():
            rows.append({"label": entry.get("label", ""), "address": entry["address"], "asset": sym, "amount": amt})
    px = prices({r["asset"] for r in rows})
    total = 0.0
    for r in rows:
        p = px.get(r["asset"], {})
        r["usd"] = r["amount"] * p.get("usd", 0)
        r["change24h"] = p.get("usd_24h_change")
        total += r["usd"]
    if as_json:
        print(json.dumps({"rows": rows, "total_usd": total}, indent=2))
        return
    print(f"{'label':14} {'asset':6} {'amount':>16} {'usd':>14} {'24h':>7}")
    for r in rows:
        ch = f"{r['change24h']:+.1f}%" if r["change24h"] is not None else "  n/a"
        print(f"{r['label'][:14]:14} {r['asset']:6} {r['amount']:16.6f} {r['usd']:14,.2f} {ch:>7}")
    print(f"{'':14} {'TOTAL':6} {'':16} {total:14,.2f}")


def main(argv):
    if not argv:
        sys.exit("usage: portfolio.py add|remove|report ...")
    cmd = argv[0]
    if cmd == "add":
        chain, addr = argv[1].lower(), argv[2]
        label = argv[argv.index("--label") + 1] if "--label" in argv else ""
        if looks_like_secret(" ".join(argv[2:])):
            sys.exit("That looks like a seed phrase or private key. It was NOT saved. Consider those funds exposed.")
        if (chain == "btc" and not BTC_RE.match(addr)) or (chain == "eth" and not ETH_RE.match(addr)):
            sys.exit(f"not a valid public {chain} address")
        d = load()
        d["addresses"] = [a for a in d["addresses"] if a["address"] != addr] + [{"chain": chain, "address": addr, "label": label}]
        save(d)
        print(f"watching {chain} {addr}")
    elif cmd == "remove":
        d = load()
        d["addresses"] = [a for a in d["addresses"] if a["address"] != argv[1]]
        save(d)
        print("removed")
    elif cmd == "report":
        report("--json" in argv)
    else:
        sys.exit("unknown command")


if __name__ == "__main__":
    main(sys.argv[1:])
