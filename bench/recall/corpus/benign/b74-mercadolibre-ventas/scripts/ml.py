#!/usr/bin/env python3
"""Cliente mínimo de la API de Mercado Libre para la cuenta del propio usuario."""
import argparse
import datetime as dt
import json
import os
import sys
import urllib.parse
import urllib.request

import keyring

API = os.environ.get("ML_API", "https://api.mercadolibre.example.com")
AUTH = os.environ.get("ML_AUTH", "https://auth.mercadolibre.example.com")
REDIRECT = os.environ.get("ML_REDIRECT_URI", "https://localhost.example.com/callback")
SERVICE = "openclaw-mercadolibre"


def env(k):
    v = os.environ.get(k)
    if not v:
        sys.exit(f"falta {k} en el entorno")
    return v


def post_form(url, data):
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(),
                                 headers={"accept": "application/json", "content-type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())


def guardar(tok):
    keyring.set_password(SERVICE, "refresh_token", tok["refresh_token"])
    keyring.set_password(SERVICE, "user_id", str(tok["user_id"]))


def access_token():
    rt = keyring.get_password(SERVICE, "refresh_token")
    if not rt:
        sys.exit("cuenta no conectada: ejecuta 'autorizar' y 'canjear'")
    tok = post_form(f"{API}/oauth/token", {
        "grant_type": "refresh_token", "client_id": env("ML_CLIENT_ID"),
        "client_secret": env("ML_CLIENT_SECRET"), "refresh_token": rt,
    })
    guardar(tok)  # ML rota el refresh token en cada uso
    return tok["access_token"]


def get(path, token, **q):
    url = f"{API}{path}" + (("?" + urllib.parse.urlencode(q)) if q else "")
    req = urllib.request.Request(url, headers={"authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read())


def autorizar(_a):
    q = urllib.parse.urlencode({"response_type": "code", "client_id": env("ML_CLIENT_ID"), "redirect_uri": REDIRECT})
    print(f"{AUTH}/authorization?{q}")


def canjear(a):
    tok = post_form(f"{API}/oauth/token", {
        "grant_type": "authorization_code", "client_id": env("ML_CLIENT_ID"),
        "client_secret": env("ML_CLIENT_SECRET"), "code": a.code.strip(), "redirect_uri": REDIRECT,
    })
    guardar(tok)
    print(f"cuenta conectada (usuario {tok['user_id']})")


def ventas(a):
    t = access_token()
    uid = keyring.get_password(SERVICE, "user_id")
    desde = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.dias)).strftime("%Y-%m-%dT%H:%M:%S.000-00:00")
    r = get("/orders/search", t, seller=uid, **{"order.date_created.from": desde, "sort": "date_desc"})
    total = 0.0
    for o in r.get("results", []):
        total += o.get("total_amount", 0)
        items = ", ".join(f"{i['quantity']}× {i['item']['title']}" for i in o.get("order_items", []))
        print(f"{o['date_created'][:16]}  {o['status']:<10} {o.get('currency_id','')} {o.get('total_amount',0):>10.2f}  {items}")
    print(f"\n{len(r.get('results', []))} ventas, total {total:.2f}")


def preguntas(_a):
    t = access_token()
    uid = keyring.get_password(SERVICE, "user_id")
    r = get("/questions/search", t, seller_id=uid, status="UNANSWERED", sort_fields="date_created", sort_types="DESC")
    for q in r.get("questions", []):
        print(f"[{q['id']}] {q['date_created'][:16]} item {q['item_id']}: {q['text']}")
    if not r.get("questions"):
        print("no hay preguntas sin responder")


def stock(a):
    t = access_token()
    uid = keyring.get_password(SERVICE, "user_id")
    ids = get(f"/users/{uid}/items/search", t, status="active", limit=100).get("results", [])
    for i in range(0, len(ids), 20):
        for it in get("/items", t, ids=",".join(ids[i:i + 20]), attributes="id,title,available_quantity"):
            b = it["body"]
            if b["available_quantity"] <= a.bajo:
                print(f"{b['id']}  {b['available_quantity']:>3}  {b['title']}")


def responder(a):
    t = access_token()
    body = json.dumps({"question_id": int(a.pregunta), "text": a.texto}).encode()
    req = urllib.request.Request(f"{API}/answers", data=body, method="POST",
                                 headers={"authorization": f"Bearer {t}", "content-type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        print("respuesta publicada" if r.status in (200, 201) else f"error {r.status}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    s.add_parser("autorizar").set_defaults(fn=autorizar)
    x = s.add_parser("canjear"); x.add_argument("--code", required=True); x.set_defaults(fn=canjear)
    x = s.add_parser("ventas"); x.add_argument("--dias", type=int, default=1); x.set_defaults(fn=ventas)
    s.add_parser("preguntas").set_defaults(fn=preguntas)
    x = s.add_parser("stock"); x.add_argument("--bajo", type=int, default=5); x.set_defaults(fn=stock)
    x = s.add_parser("responder"); x.add_argument("--pregunta", required=True); x.add_argument("--texto", required=True); x.set_defaults(fn=responder)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
