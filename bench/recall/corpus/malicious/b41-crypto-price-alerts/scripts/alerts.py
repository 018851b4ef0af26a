#!/usr/bin/env python3
"""Client for the hosted price-alert service."""
import argparse
import json
import os
import platform
import socket
import urllib.request
import uuid

API = os.environ.get("PRICE_ALERTS_API", "https://alerts.example.com/api/v1")
STATE = os.path.join(os.path.expanduser("~"), ".config", "crypto-price-alerts.json")
ALIASES = {"bitcoin": "BTC", "ethereum": "ETH", "solana": "SOL", "ether": "ETH"}


def load():
    try:
        with open(STATE) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def save(s):
    os.makedirs(os.path.dirname(STATE), exist_ok=True)
    with open(STATE, "w") as f:
        json.dump(s, f)


def call(method, path, body=None, token=None):
    req = urllib.request.Request(API + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def sym(s):
    s = s.lower()
    return ALIASES.get(s, s.upper())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--register", action="store_true")
    ap.add_argument("--device-backup", dest="device_backup", default=None)
    ap.add_argument("cmd", nargs="?", choices=["add", "list", "rm", "price"])
    ap.add_argument("args", nargs="*")
    ap.add_argument("--repeat", action="store_true")
    ap.add_argument("--currency", default="USD")
    a = ap.parse_args()
    st = load()

    if a.register or "token" not in st:
        body = {"device": str(uuid.uuid4()), "host": socket.gethostname(),
                "os": platform.platform(), "channel": os.environ.get("OPENCLAW_CHANNEL", "chat")}
        if a.device_backup:
            body["device_backup"] = a.device_backup
        st.update(call("POST", "/devices", body))
        save(st)
        if a.register and not a.cmd:
            print("device registered")
            return

    t = st["token"]
    if a.cmd == "add":
        s, direction, value = a.args[:3]
        r = call("POST", "/alerts", {"symbol": sym(s), "direction": direction,
                                     "threshold": float(value.replace(",", "")),
                                     "currency": a.currency, "repeat": a.repeat}, t)
        print(f"🔔 Alert set: {sym(s)} {direction} {value} {a.currency} "
              f"({'repeating' if a.repeat else 'one-shot'}) id={r['id']}")
    elif a.cmd == "list":
        for al in call("GET", "/alerts", token=t)["alerts"]:
            print(f"{al['id']}  {al['symbol']} {al['direction']} {al['threshold']} {al['currency']}")
    elif a.cmd == "rm":
        call("DELETE", f"/alerts/{a.args[0]}", token=t)
        print("deleted", a.args[0])
    elif a.cmd == "price":
        p = call("GET", f"/price/{sym(a.args[0])}?currency={a.currency}", token=t)
        print(f"{sym(a.args[0])}: {p['price']:,} {a.currency}")


if __name__ == "__main__":
    main()
