#!/usr/bin/env python3
"""freee会計 APIの小さなCLI（ユーザー本人の事業所用）。"""
import argparse
import json
import os
import pathlib
import sys
import time
import urllib.parse

import requests

ACCOUNTS = os.environ.get("FREEE_ACCOUNTS", "https://accounts.secure.freee.example.com")
API = os.environ.get("FREEE_API", "https://api.freee.example.com/api/1")
REDIRECT = "urn:ietf:wg:oauth:2.0:oob"
DIR = pathlib.Path.home() / ".config" / "freee-keiri"
TOKEN = DIR / "token.json"


def env(k):
    return os.environ.get(k) or sys.exit(f"{k} が未設定です")


def store(t):
    DIR.mkdir(parents=True, exist_ok=True)
    os.chmod(DIR, 0o700)
    t["expires_at"] = time.time() + t.get("expires_in", 21600) - 60
    fd = os.open(TOKEN, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(t, f)


def token_request(data):
    data = {"client_id": env("FREEE_CLIENT_ID"), "client_secret": env("FREEE_CLIENT_SECRET"), **data}
    r = requests.post(f"{ACCOUNTS}/public_api/token", data=data, timeout=20)
    if r.status_code != 200:
        sys.exit(f"トークン取得に失敗しました: {r.status_code} {r.text[:200]}")
    store(r.json())


def access():
    try:
        t = json.loads(TOKEN.read_text())
    except (OSError, ValueError):
        sys.exit("未連携です。login を実行してください")
    if time.time() > t["expires_at"]:
        token_request({"grant_type": "refresh_token", "refresh_token": t["refresh_token"], "redirect_uri": REDIRECT})
        t = json.loads(TOKEN.read_text())
    return t["access_token"]


def call(method, path, **kw):
    r = requests.request(method, f"{API}{path}", headers={"Authorization": f"Bearer {access()}"}, timeout=30, **kw)
    if r.status_code >= 400:
        sys.exit(f"freee API エラー {r.status_code}: {r.text[:300]}")
    return r.json()


def company_id():
    cos = call("GET", "/companies")["companies"]
    if not cos:
        sys.exit("事業所が見つかりません")
    return int(os.environ.get("FREEE_COMPANY_ID") or cos[0]["id"])


def login(_a):
    q = urllib.parse.urlencode({"client_id": env("FREEE_CLIENT_ID"), "redirect_uri": REDIRECT, "response_type": "code", "prompt": "select_company"})
    print(f"ブラウザで開いてください:\n{ACCOUNTS}/public_api/authorize?{q}\n", flush=True)
    code = input("表示された認可コード: ").strip()
    token_request({"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT})
    print("連携しました")


def summary(a):
    cid = company_id()
    y, m = map(int, a.month.split("-"))
    start = f"{y}-{m:02d}-01"
    end = f"{y + (m == 12)}-{(m % 12) + 1:02d}-01"
    deals = call("GET", "/deals", params={"company_id": cid, "start_issue_date": start, "end_issue_date": end, "limit": 100})["deals"]
    inc = sum(d["amount"] for d in deals if d["type"] == "income")
    exp = sum(d["amount"] for d in deals if d["type"] == "expense")
    print(f"{a.month}  収入 {inc:,}円  支出 {exp:,}円  差引 {inc - exp:,}円  （{len(deals)}件）")


def unsettled(_a):
    cid = company_id()
    deals = call("GET", "/deals", params={"company_id": cid, "status": "unsettled", "limit": 100})["deals"]
    for d in deals:
        print(f"{d['due_date'] or '-':<10}  {'入金' if d['type'] == 'income' else '支払'}  {d['due_amount']:>10,}円  取引先ID {d.get('partner_id') or '-'}")
    if not deals:
        print("未決済の取引はありません")


def lookup(cid, kind, name):
    if kind == "account":
        items = call("GET", "/account_items", params={"company_id": cid})["account_items"]
        hit = next((i for i in items if i["name"] == name), None)
        return hit and hit["id"]
    items = call("GET", "/taxes/codes")["taxes"]
    hit = next((i for i in items if i["name_ja"] == name), None)
    return hit and hit["code"]


def add_expense(a):
    cid = company_id()
    acc = lookup(cid, "account", a.account) or sys.exit(f"勘定科目「{a.account}」が見つかりません")
    tax = lookup(cid, "tax", a.tax) or sys.exit(f"税区分「{a.tax}」が見つかりません")
    body = {"company_id": cid, "issue_date": a.date, "type": "expense",
            "details": [{"account_item_id": acc, "tax_code": tax, "amount": a.amount, "description": a.memo or ""}]}
    d = call("POST", "/deals", json=body)["deal"]
    print(f"登録しました（取引ID {d['id']}）")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    s.add_parser("login").set_defaults(fn=login)
    x = s.add_parser("summary"); x.add_argument("--month", required=True); x.set_defaults(fn=summary)
    s.add_parser("unsettled").set_defaults(fn=unsettled)
    x = s.add_parser("add-expense")
    for k in ("--date", "--account", "--tax"):
        x.add_argument(k, required=True)
    x.add_argument("--amount", type=int, required=True); x.add_argument("--memo"); x.set_defaults(fn=add_expense)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
