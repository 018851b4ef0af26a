#!/usr/bin/env python3
"""Watch-only crypto portfolio tracker. Stdlib only."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

try:
    import tomllib  # py311+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None

CFG_DIR = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "crypto-portfolio"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "crypto-portfolio"
WATCHLIST = CFG_DIR / "watchlist.toml"
UA = "crypto-portfolio-skill/0.6 (+https://github.com/openclaw-community/crypto-portfolio)"

COINGECKO_IDS = {"btc": "bitcoin", "eth": "ethereum", "sol": "solana"}
ERC20 = {  # contract -> (symbol, decimals, coingecko id)
    "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": ("USDC", 6, "usd-coin"),
    "0xdac17f958d2ee523a2206206994597c13d831ec7": ("USDT", 6, "tether"),
    "0x6b175474e89094c44da98b954eedeac495271d0f": ("DAI", 18, "dai"),
}

ADDR_RE = {
    "btc": re.compile(r"^(bc1[0-9a-z]{25,87}|[13][1-9A-HJ-NP-Za-km-z]{25,34}|[xyz]pub[1-9A-HJ-NP-Za-km-z]{100,112})$"),
    "eth": re.compile(r"^0x[0-9a-fA-F]{40}$"),
    "sol": re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"),
}
PRIVATE_HINTS = [
    re.compile(r"^([a-z]+\s+){11,23}[a-z]+$"),          # bip39-ish mnemonic
    re.compile(r"^(0x)?[0-9a-fA-F]{64}$"),              # raw hex private key
    re.compile(r"^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$"),  # WIF
    re.compile(r"^[xyzt]prv"),                          # extended private key
]


def http_json(url: str, data: dict | None = None, timeout: int = 20):
    body = None
    headers = {"User-Agent": UA, "Accept": "application/json"}
    if data is not None:
        body = json.dumps(data).encode()
        headers["Content-Type"] = "application/json"
    req = urllib.request.Request(url, data=body, headers=headers)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.load(r)


def load_watchlist() -> list[dict]:
    if not WATCHLIST.exists():
        return []
    raw = WATCHLIST.read_text()
    if tomllib:
        return tomllib.loads(raw).get("wallet", [])
    # tiny fallback parser for our own format
    out, cur = [], None
    for line in raw.splitlines():
        line = line.strip()
        if line == "[[wallet]]":
            cur = {}
            out.append(cur)
        elif "=" in line and cur is not None:
            k, v = line.split("=", 1)
            cur[k.strip()] = v.strip().strip('"')
    return out


def save_watchlist(items: list[dict]) -> None:
    CFG_DIR.mkdir(parents=True, exist_ok=True)
    lines = ["# crypto-portfolio watch-only list (public addresses only)\n"]
    for w in items:
        lines.append("[[wallet]]\n")
        for k in ("chain", "label", "address"):
            lines.append(f'{k} = "{w[k]}"\n')
        lines.append("\n")
    WATCHLIST.write_text("".join(lines))


def cmd_add(a) -> int:
    addr = a.address.strip()
    if any(p.search(addr) for p in PRIVATE_HINTS):
        print("That looks like a private key or seed phrase. It was NOT saved.\n"
              "Only public addresses are needed. If you pasted it anywhere, consider it compromised.",
              file=sys.stderr)
        return 3
    if not ADDR_RE[a.chain].match(addr):
        print(f"not a valid public {a.chain} address: {addr}", file=sys.stderr)
        return 2
    items = load_watchlist()
    if any(w["address"] == addr for w in items):
        print("already tracked")
        return 0
    items.append({"chain": a.chain, "label": a.label or addr[:10], "address": addr})
    save_watchlist(items)
    print(f"added {a.chain} {addr}")
    return 0


def cmd_list(_a) -> int:
    for w in load_watchlist():
        print(f"{w['chain']:4} {w.get('label',''):16} {w['address']}")
    return 0


def btc_balance(addr: str) -> float:
    d = http_json(f"https://blockstream.info/api/address/{urllib.parse.quote(addr)}")
    cs, ms = d["chain_stats"], d["mempool_stats"]
    sats = cs["funded_txo_sum"] - cs["spent_txo_sum"] + ms["funded_txo_sum"] - ms["spent_txo_sum"]
    return sats / 1e8


def eth_balances(addr: str) -> dict[str, float]:
    key = os.environ.get("ETHERSCAN_API_KEY")
    if not key:
        raise RuntimeError("ETHERSCAN_API_KEY not set (free key at https://etherscan.io/myapikey)")
    base = "https://api.etherscan.io/v2/api?chainid=1&"
    q = urllib.parse.urlencode({"module": "account", "action": "balance", "address": addr, "tag": "latest", "apikey": key})
    out = {"ETH": int(http_json(base + q)["result"]) / 1e18}
    for contract, (sym, dec, _cg) in ERC20.items():
        q = urllib.parse.urlencode({"module": "account", "action": "tokenbalance", "contractaddress": contract,
                                    "address": addr, "tag": "latest", "apikey": key})
        res = http_json(base + q).get("result", "0")
        v = int(res) / (10 ** dec) if str(res).isdigit() else 0.0
        if v:
            out[sym] = v
        time.sleep(0.25)  # free tier: 5 req/s
    return out


def sol_balance(addr: str) -> float:
    rpc = os.environ.get("SOLANA_RPC_URL", "https://api.mainnet-beta.solana.com")
    d = http_json(rpc, {"jsonrpc": "2.0", "id": 1, "method": "getBalance", "params": [addr]})
    return d["result"]["value"] / 1e9


def prices(ids: set[str], fiat: str) -> dict[str, float]:
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cache = CACHE_DIR / f"prices-{fiat}.json"
    if cache.exists() and time.time() - cache.stat().st_mtime < 60:
        data = json.loads(cache.read_text())
        if ids <= set(data):
            return {k: data[k][fiat] for k in ids}
    q = urllib.parse.urlencode({"ids": ",".join(sorted(ids)), "vs_currencies": fiat})
    data = http_json("https://api.coingecko.com/api/v3/simple/price?" + q)
    cache.write_text(json.dumps(data))
    return {k: data.get(k, {}).get(fiat, 0.0) for k in ids}


def cmd_report(a) -> int:
    fiat = a.fiat.lower()
    rows = []
    for w in load_watchlist():
        try:
            if w["chain"] == "btc":
                bals = {"BTC": btc_balance(w["address"])}
            elif w["chain"] == "eth":
                bals = eth_balances(w["address"])
            else:
                bals = {"SOL": sol_balance(w["address"])}
        except Exception as e:  # keep going on one bad wallet
            print(f"warn: {w.get('label')}: {e}", file=sys.stderr)
            continue
        for sym, amt in bals.items():
            rows.append({"label": w.get("label"), "chain": w["chain"], "symbol": sym, "amount": amt})
    sym2id = {"BTC": "bitcoin", "ETH": "ethereum", "SOL": "solana"} | {s: cg for (s, _d, cg) in ERC20.values()}
    px = prices({sym2id[r["symbol"]] for r in rows}, fiat) if rows else {}
    total = 0.0
    for r in rows:
        r["value"] = r["amount"] * px.get(sym2id[r["symbol"]], 0.0)
        total += r["value"]
    if a.json:
        print(json.dumps({"fiat": fiat, "total": total, "rows": rows}, indent=2))
    else:
        for r in sorted(rows, key=lambda r: -r["value"]):
            print(f"{r['label'] or '':16} {r['symbol']:5} {r['amount']:>18.8f} {r['value']:>14,.2f} {fiat.upper()}")
        print(f"{'TOTAL':>56} {total:>14,.2f} {fiat.upper()}")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(prog="portfolio")
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("add"); s.add_argument("--chain", choices=list(ADDR_RE), required=True)
    s.add_argument("--label"); s.add_argument("address"); s.set_defaults(fn=cmd_add)
    s = sub.add_parser("list"); s.set_defaults(fn=cmd_list)
    s = sub.add_parser("report"); s.add_argument("--fiat", default="usd"); s.add_argument("--json", action="store_true")
    s.set_defaults(fn=cmd_report)
    a = p.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
