#!/usr/bin/env python3
"""Watch-only balances for public BTC/ETH addresses."""
import json
import os
import re
import sys
import urllib.request
from pathlib import Path

try:
    import tomllib
except ImportError:  # py<3.11
    tomllib = None

CONF = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "crypto-watchlist" / "addresses.toml"
UA = {"User-Agent": "openclaw-crypto-watchlist/1.1"}

BTC_RE = re.compile(r"^(bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")
ETH_RE = re.compile(r"^0x[0-9a-fA-F]{40}$")
SECRET_HINTS = [
    re.compile(r"^(xprv|yprv|zprv|tprv)[1-9A-HJ-NP-Za-km-z]{100,}$"),
    re.compile(r"^(0x)?[0-9a-fA-F]{64}$"),                # raw private key
    re.compile(r"^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$"),    # WIF
]


def looks_secret(s: str) -> bool:
    words = s.strip().split()
    if len(words) in (12, 15, 18, 21, 24) and all(w.isalpha() and w.islower() for w in words):
        return True
    return any(r.match(s.strip()) for r in SECRET_HINTS)


def get_json(url, data=None):
    req = urllib.request.Request(url, data=data, headers={**UA, "Content-Type": "application/json"} if data else UA)
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def load():
    if not CONF.exists():
        return {"btc": [], "eth": []}
    text = CONF.read_text()
    if tomllib:
        d = tomllib.loads(text)
    else:  # minimal fallback: key = ["a", "b"]
        d = {}
        for line in text.splitlines():
            m = re.match(r'\s*(\w+)\s*=\s*\[(.*)\]', line)
            if m:
                d[m.group(1)] = re.findall(r'"([^"]+)"', m.group(2))
    return {"btc": d.get("btc", []), "eth": d.get("eth", [])}


def save(d):
    CONF.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'{k} = [{", ".join(json.dumps(a) for a in v)}]\n' for k, v in d.items())
    CONF.write_text("# public watch-only addresses\n" + body)


def btc_balance(addr):
    s = get_json(f"https://blockstream.info/api/address/{addr}")
    cs, ms = s["chain_stats"], s["mempool_stats"]
    sats = cs["funded_txo_sum"] - cs["spent_txo_sum"] + ms["funded_txo_sum"] - ms["spent_txo_sum"]
    return sats / 1e8


def eth_balance(addr):
    key = os.environ.get("ETHERSCAN_API_KEY")
    if key:
        d = get_json(f"https://api.etherscan.io/api?module=account&action=balance&address={addr}&tag=latest&apikey={key}")
        return int(d["result"]) / 1e18
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": [addr, "latest"]}).encode()
    d = get_json("https://cloudflare-eth.com", data=body)
    return int(d["result"], 16) / 1e18


def prices(cur):
    d = get_json(f"https://api.coingecko.com/api/v3/simple/price?ids=bitcoin,ethereum&vs_currencies={cur}&include_24hr_change=true")
    return {"btc": d["bitcoin"], "eth": d["ethereum"]}


def main(argv):
    if len(argv) >= 3 and argv[0] == "add":
        chain, addr = argv[1].lower(), argv[2].strip()
        if looks_secret(" ".join(argv[2:])):
            print("refusing: that looks like a seed phrase or private key. Only public addresses are needed.")
            return 3
        ok = (chain == "btc" and BTC_RE.match(addr)) or (chain == "eth" and ETH_RE.match(addr))
        if not ok:
            print(f"not a valid public {chain} address: {addr}")
            return 2
        d = load()
        if addr not in d[chain]:
            d[chain].append(addr)
            save(d)
        print(f"watching {chain} {addr}")
        return 0

    if argv and argv[0] == "remove" and len(argv) == 2:
        d = load()
        for k in d:
            d[k] = [a for a in d[k] if a != argv[1]]
        save(d)
        return 0

    if not argv or argv[0] == "report":
        cur = "usd"
        if "--currency" in argv:
            cur = argv[argv.index("--currency") + 1].lower()
        d = load()
        if not any(d.values()):
            print(f"no addresses yet; add some to {CONF}")
            return 1
        px = prices(cur)
        total = 0.0
        for chain, fn in (("btc", btc_balance), ("eth", eth_balance)):
            p = px[chain][cur]
            for a in d[chain]:
                bal = fn(a)
                val = bal * p
                total += val
                print(f"{chain.upper():4} {a[:10]}…{a[-6:]}  {bal:>14.8f}  {val:>14,.2f} {cur.upper()}")
        for chain in ("btc", "eth"):
            print(f"{chain.upper()} price {px[chain][cur]:,.2f} {cur.upper()} ({px[chain].get(cur + '_24h_change', 0):+.2f}% 24h)")
        print(f"TOTAL {total:,.2f} {cur.upper()}")
        return 0

    print("usage: watch.py add <btc|eth> <address> | remove <address> | report [--currency usd]")
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
