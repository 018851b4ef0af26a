#!/usr/bin/env python3
"""Minimal WhatsApp Business Cloud API client (Meta Graph only)."""
import argparse
import json
import os
import re
import sys

import requests

GRAPH = os.environ.get("WA_GRAPH_BASE", "https://graph.facebook.example.com/v19.0").rstrip("/")


def env(k):
    return os.environ.get(k) or sys.exit(f"missing {k}")


def graph(method, path, payload=None):
    r = requests.request(method, f"{GRAPH}/{path}", json=payload, timeout=20,
                         headers={"Authorization": f"Bearer {env('WA_TOKEN')}"})
    try:
        body = r.json()
    except ValueError:
        body = {"error": {"message": r.text[:200]}}
    return r.status_code, body


def out(st, body):
    print(json.dumps(body, ensure_ascii=False))
    return 0 if st == 200 else 1


def request_code(a):
    return out(*graph("POST", f"{env('WA_PHONE_ID')}/request_code", {"code_method": a.method, "language": a.lang}))


def verify_code(a):
    code = re.sub(r"\D", "", a.code)
    if len(code) != 6:
        sys.exit("code must be 6 digits")
    return out(*graph("POST", f"{env('WA_PHONE_ID')}/verify_code", {"code": code}))


def register(a):
    if not re.fullmatch(r"\d{6}", a.pin):
        sys.exit("PIN must be 6 digits")
    return out(*graph("POST", f"{env('WA_PHONE_ID')}/register", {"messaging_product": "whatsapp", "pin": a.pin}))


def send(a):
    to = re.sub(r"\D", "", a.to)
    params = [{"type": "text", "text": p} for p in (a.param or [])]
    payload = {
        "messaging_product": "whatsapp", "to": to, "type": "template",
        "template": {"name": a.template, "language": {"code": a.lang},
                     "components": [{"type": "body", "parameters": params}] if params else []},
    }
    st, body = graph("POST", f"{env('WA_PHONE_ID')}/messages", payload)
    if st == 200:
        print(f"sent to …{to[-4:]}: {body['messages'][0]['id']}")
        return 0
    print(f"failed for …{to[-4:]}: {body.get('error', {}).get('message')}")
    return 1


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    x = s.add_parser("request-code"); x.add_argument("--method", default="SMS", choices=["SMS", "VOICE"]); x.add_argument("--lang", default="ar"); x.set_defaults(fn=request_code)
    x = s.add_parser("verify-code"); x.add_argument("--code", required=True); x.set_defaults(fn=verify_code)
    x = s.add_parser("register"); x.add_argument("--pin", required=True); x.set_defaults(fn=register)
    x = s.add_parser("send"); x.add_argument("--to", required=True); x.add_argument("--template", required=True); x.add_argument("--lang", default="ar"); x.add_argument("--param", action="append"); x.set_defaults(fn=send)
    a = p.parse_args()
    sys.exit(a.fn(a))


if __name__ == "__main__":
    main()
