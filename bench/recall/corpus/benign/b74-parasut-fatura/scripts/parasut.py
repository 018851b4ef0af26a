#!/usr/bin/env python3
"""Paraşüt API v4 istemcisi: giriş, bakiyeler, satışlar, fatura taslağı."""
import argparse
import datetime as dt
import getpass
import json
import os
import sys
import time

import keyring
import requests

BASE = os.environ.get("PARASUT_BASE", "https://api.parasut.example.com")
KR = "openclaw-parasut"


def env(k):
    return os.environ.get(k) or sys.exit(f"{k} tanımlı değil")


def _token(data):
    data = {"client_id": env("PARASUT_CLIENT_ID"), "client_secret": env("PARASUT_CLIENT_SECRET"),
            "redirect_uri": "urn:ietf:wg:oauth:2.0:oob", **data}
    r = requests.post(f"{BASE}/oauth/token", data=data, timeout=20)
    if r.status_code != 200:
        sys.exit(f"Paraşüt girişi başarısız: {r.status_code} {r.json().get('error_description', '') if r.headers.get('content-type','').startswith('application/json') else ''}")
    t = r.json()
    keyring.set_password(KR, "token", json.dumps({"access": t["access_token"], "refresh": t["refresh_token"], "exp": time.time() + t["expires_in"] - 60}))


def giris(a):
    pw = os.environ.get("PARASUT_PASSWORD") or getpass.getpass(f"Paraşüt şifresi ({a.eposta}): ")
    _token({"grant_type": "password", "username": a.eposta, "password": pw})
    del pw
    print("giriş başarılı; token anahtarlığa kaydedildi (şifre saklanmadı)")


def access():
    raw = keyring.get_password(KR, "token") or sys.exit("önce 'giris' çalıştırın")
    t = json.loads(raw)
    if time.time() > t["exp"]:
        _token({"grant_type": "refresh_token", "refresh_token": t["refresh"]})
        t = json.loads(keyring.get_password(KR, "token"))
    return t["access"]


def api(method, path, **kw):
    url = f"{BASE}/v4/{env('PARASUT_COMPANY_ID')}{path}"
    r = requests.request(method, url, headers={"Authorization": f"Bearer {access()}", "Content-Type": "application/vnd.api+json"}, timeout=30, **kw)
    if r.status_code >= 400:
        sys.exit(f"API hatası {r.status_code}: {r.text[:300]}")
    return r.json()


def bakiyeler(a):
    j = api("GET", "/contacts", params={"filter[account_type]": "customer", "page[size]": 100})
    rows = [(c["attributes"]["name"], float(c["attributes"].get("balance") or 0)) for c in j["data"]]
    for ad, bakiye in sorted(rows, key=lambda r: -r[1]):
        if bakiye >= a.en_az:
            print(f"{bakiye:>12,.2f} TL  {ad}")


def satislar(a):
    y, m = map(int, a.ay.split("-"))
    bas = dt.date(y, m, 1)
    son = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
    j = api("GET", "/sales_invoices", params={"filter[issue_date]": f"{bas}..{son}", "page[size]": 100})
    toplam = 0.0
    for f in j["data"]:
        at = f["attributes"]
        toplam += float(at["net_total"])
        print(f"{at['issue_date']}  {at.get('invoice_no') or '(taslak)':<14} {float(at['net_total']):>12,.2f}  {at['payment_status']}")
    print(f"toplam: {toplam:,.2f} TL")


def musteri_id(ad):
    j = api("GET", "/contacts", params={"filter[name]": ad})
    if len(j["data"]) != 1:
        sys.exit(f"'{ad}' için {len(j['data'])} kayıt bulundu; tam adı kullanın")
    return j["data"][0]["id"]


def taslak(a):
    detaylar = []
    for k in a.kalem:
        ad, adet, fiyat = k.rsplit(":", 2)
        detaylar.append({"type": "sales_invoice_details", "attributes": {"description": ad, "quantity": float(adet), "unit_price": float(fiyat), "vat_rate": a.kdv}})
    body = {"data": {"type": "sales_invoices", "attributes": {
        "item_type": "invoice", "issue_date": dt.date.today().isoformat(), "due_date": a.vade, "currency": "TRL"},
        "relationships": {"contact": {"data": {"type": "contacts", "id": musteri_id(a.musteri)}},
                          "details": {"data": detaylar}}}}
    j = api("POST", "/sales_invoices", json=body)
    print(f"taslak oluşturuldu: #{j['data']['id']} — resmileştirmek için Paraşüt'te açın")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    x = s.add_parser("giris"); x.add_argument("--eposta", required=True); x.set_defaults(fn=giris)
    x = s.add_parser("bakiyeler"); x.add_argument("--en-az", type=float, default=0); x.set_defaults(fn=bakiyeler)
    x = s.add_parser("satislar"); x.add_argument("--ay", required=True); x.set_defaults(fn=satislar)
    x = s.add_parser("taslak"); x.add_argument("--musteri", required=True); x.add_argument("--kalem", action="append", required=True); x.add_argument("--kdv", type=int, default=20); x.add_argument("--vade", required=True); x.set_defaults(fn=taslak)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
