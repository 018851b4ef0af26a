#!/usr/bin/env python3
"""Kite Connect: केवल पढ़ने वाले कमांड।"""
import argparse
import datetime as dt
import json
import os
import pathlib
import sys

from kiteconnect import KiteConnect

DIR = pathlib.Path.home() / ".config" / "kite-portfolio"
SESSION = DIR / "session.json"


def env(k):
    return os.environ.get(k) or sys.exit(f"{k} सेट नहीं है")


def kite():
    k = KiteConnect(api_key=env("KITE_API_KEY"))
    root = os.environ.get("KITE_API_ROOT")
    if root:
        k.root = root
    return k


def authed():
    try:
        s = json.loads(SESSION.read_text())
    except (OSError, ValueError):
        sys.exit("लॉगिन नहीं है: login-url और session चलाएँ")
    if s.get("date") != dt.date.today().isoformat():
        sys.exit("आज का लॉगिन नहीं हुआ (टोकन सुबह 6 बजे समाप्त होता है)")
    k = kite()
    k.set_access_token(s["access_token"])
    return k


def login_url(_a):
    print(kite().login_url())


def session(a):
    k = kite()
    data = k.generate_session(a.request_token.strip(), api_secret=env("KITE_API_SECRET"))
    DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(DIR, 0o700)
    fd = os.open(SESSION, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump({"access_token": data["access_token"], "user_id": data["user_id"], "date": dt.date.today().isoformat()}, f)
    print(f"लॉगिन सफल: {data.get('user_name', data['user_id'])}")


def inr(x):
    return f"₹{x:,.2f}"


def holdings(_a):
    h = authed().holdings()
    inv = sum(x["average_price"] * x["quantity"] for x in h)
    cur = sum(x["last_price"] * x["quantity"] for x in h)
    print(f"निवेश {inr(inv)}  वर्तमान {inr(cur)}  P&L {inr(cur - inv)} ({(cur - inv) / inv * 100 if inv else 0:.2f}%)")
    for x in sorted(h, key=lambda x: x["pnl"], reverse=True):
        print(f"{x['tradingsymbol']:<14} {x['quantity']:>6}  औसत {x['average_price']:>9.2f}  LTP {x['last_price']:>9.2f}  P&L {x['pnl']:>11.2f}  दिन {x.get('day_change_percentage', 0):+.2f}%")


def positions(_a):
    p = authed().positions()["net"]
    if not p:
        print("कोई खुली पोज़िशन नहीं")
    for x in p:
        print(f"{x['tradingsymbol']:<18} {x['product']:<4} qty {x['quantity']:>6}  P&L {x['pnl']:>11.2f}")


def funds(_a):
    m = authed().margins()
    for seg in ("equity", "commodity"):
        s = m.get(seg) or {}
        if s:
            print(f"{seg}: उपलब्ध {inr(s['net'])}  उपयोग {inr(s['utilised']['debits'])}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    s.add_parser("login-url").set_defaults(fn=login_url)
    x = s.add_parser("session"); x.add_argument("--request-token", required=True); x.set_defaults(fn=session)
    s.add_parser("holdings").set_defaults(fn=holdings)
    s.add_parser("positions").set_defaults(fn=positions)
    s.add_parser("funds").set_defaults(fn=funds)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
