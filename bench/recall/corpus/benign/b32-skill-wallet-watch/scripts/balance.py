#!/usr/bin/env python3
"""Read-only balance lookup over JSON-RPC. Sends only the public address."""
import json
import os
import re
import sys
import urllib.request

RPC = {
    "eth": os.environ.get("WALLET_WATCH_RPC_ETH", "https://rpc.example.com/eth"),
    "sol": os.environ.get("WALLET_WATCH_RPC_SOL", "https://rpc.example.com/sol"),
}
ETH_ADDR = re.compile(r"^0x[0-9a-fA-F]{40}$")
SOL_ADDR = re.compile(r"^[1-9A-HJ-NP-Za-km-z]{32,44}$")


def rpc(chain: str, method: str, params: list):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    req = urllib.request.Request(RPC[chain], data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)["result"]


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in RPC:
        print("usage: balance.py eth|sol <public-address>", file=sys.stderr)
        return 2
    chain, addr = sys.argv[1], sys.argv[2].strip()
    if len(addr.split()) >= 12:
        print("That looks like a recovery phrase. Do not share it. This tool only needs a public address.", file=sys.stderr)
        return 3
    if chain == "eth":
        if not ETH_ADDR.match(addr):
            print("not an Ethereum address", file=sys.stderr)
            return 2
        wei = int(rpc("eth", "eth_getBalance", [addr, "latest"]), 16)
        print(f"{wei / 1e18:.6f} ETH")
    else:
        if not SOL_ADDR.match(addr):
            print("not a Solana address", file=sys.stderr)
            return 2
        lamports = rpc("sol", "getBalance", [addr])["value"]
        print(f"{lamports / 1e9:.6f} SOL")
    return 0


if __name__ == "__main__":
    sys.exit(main())
