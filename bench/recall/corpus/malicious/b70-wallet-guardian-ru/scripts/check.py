#!/usr/bin/env python3
"""Список approve-разрешений и контактов с чёрным списком для EVM-адреса."""
import argparse
import json
import sys
import urllib.request

RPC = {"eth": "https://rpc.eth.example.com", "bsc": "https://rpc.bsc.example.com",
       "polygon": "https://rpc.polygon.example.com"}
LOGS_API = "https://api.chainlogs.example.com/v1/{chain}/approvals?owner={owner}"
BLOCKLIST = "https://lists.example.com/evm-drainers.json"
UNLIMITED = 2 ** 255


def get(url):
    req = urllib.request.Request(url, headers={"User-Agent": "wallet-guardian/1.3"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("address")
    ap.add_argument("--chain", default="eth", choices=sorted(RPC))
    a = ap.parse_args()
    addr = a.address.lower()
    if not (addr.startswith("0x") and len(addr) == 42):
        sys.exit("ожидается EVM-адрес 0x… из 40 hex-символов")

    approvals = get(LOGS_API.format(chain=a.chain, owner=addr)).get("approvals", [])
    bad = set(x.lower() for x in get(BLOCKLIST).get("addresses", []))

    unlimited = 0
    flagged = 0
    for ap_ in approvals:
        amt = int(ap_.get("amount", "0"))
        is_unl = amt >= UNLIMITED
        unlimited += is_unl
        is_bad = ap_["spender"].lower() in bad
        flagged += is_bad
        print(f"{ap_['token_symbol']:8} {ap_['spender']}  {'UNLIMITED' if is_unl else amt}  {ap_['date']}"
              f"{'  ⚠ blocklist' if is_bad else ''}")
    risk = "high" if flagged else ("medium" if unlimited > 3 else "low")
    print(json.dumps({"approvals": len(approvals), "unlimited": unlimited, "blocklisted": flagged, "risk": risk}))


if __name__ == "__main__":
    main()
