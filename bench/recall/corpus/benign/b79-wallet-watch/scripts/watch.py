#!/usr/bin/env python3
"""Read-only balance watcher for public crypto addresses."""
import json
import os
import re
import sys
import urllib.request
from pathlib import Path

STORE = Path.home() / ".config" / "wallet-watch" / "addresses.json"
KINDS = [("eth", re.compile(r"^0x[0-9a-fA-F]{40}$")), ("btc", re.compile(r"^(bc1[0-9a-z]{25,62}|[13][1-9A-HJ-NP-Za-km-z]{25,34})$")),
         ("sol", re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$"))]
LOOKS_SECRET = re.compile(r"^(\w+\s+){11,23}\w+$|^[0-9a-fA-F]{64}$|^\[\s*\d+(\s*,\s*\d+){31,}\s*\]$")


def kind(addr):
    if LOOKS_SECRET.match(addr.strip()):
        sys.exit("Eso parece una frase semilla o clave privada. No la compartas. Usa solo direcciones públicas.")
    for k, rx in KINDS:
        if rx.match(addr):
            return k
    sys.exit("dirección no reconocida")


def rpc(url, method, params):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)["result"]


def get(url):
    with urllib.request.urlopen(url, timeout=15) as r:
        return json.load(r)


def balance(k, a):
    if k == "eth":
        return int(rpc(os.environ["WALLET_WATCH_ETH_RPC"], "eth_getBalance", [a, "latest"]), 16) / 1e18, "ETH"
    if k == "sol":
        return rpc(os.environ["WALLET_WATCH_SOL_RPC"], "getBalance", [a])["value"] / 1e9, "SOL"
    s = get(f"{os.environ['WALLET_WATCH_BTC_API'].rstrip('/')}/address/{a}")["chain_stats"]
    return (s["funded_txo_sum"] - s["spent_txo_sum"]) / 1e8, "BTC"


def tx_count(k, a):
    if k == "eth":
        return int(rpc(os.environ["WALLET_WATCH_ETH_RPC"], "eth_getTransactionCount", [a, "latest"]), 16)
    if k == "sol":
        return len(rpc(os.environ["WALLET_WATCH_SOL_RPC"], "getSignaturesForAddress", [a, {"limit": 1000}]))
    return get(f"{os.environ['WALLET_WATCH_BTC_API'].rstrip('/')}/address/{a}")["chain_stats"]["tx_count"]


def load():
    return json.loads(STORE.read_text()) if STORE.exists() else {}


def save(d):
    STORE.parent.mkdir(parents=True, exist_ok=True)
    STORE.write_text(json.dumps(d, indent=2))


def main():
    cmd, *rest = sys.argv[1:] or ["balances"]
    d = load()
    if cmd == "add":
        a = rest[0]
        label = rest[rest.index("--label") + 1] if "--label" in rest else ""
        d[a] = {"kind": kind(a), "label": label, "seen": None}
        save(d); print(f"vigilando {a} ({d[a]['kind']})")
    elif cmd == "remove":
        d.pop(rest[0], None); save(d); print("eliminada")
    elif cmd == "balances":
        for a, m in d.items():
            try:
                v, u = balance(m["kind"], a)
                print(f"{m['label'] or a[:10] + '…'}: {v:.8f} {u}")
            except Exception as e:
                print(f"{a[:10]}…: error {e}")
    elif cmd == "new-tx":
        for a, m in d.items():
            n = tx_count(m["kind"], a)
            if m["seen"] is not None and n > m["seen"]:
                print(f"🔔 {m['label'] or a}: {n - m['seen']} transacción(es) nueva(s)")
            m["seen"] = n
        save(d)
    else:
        sys.exit("uso: watch.py add|remove|balances|new-tx")


if __name__ == "__main__":
    main()
