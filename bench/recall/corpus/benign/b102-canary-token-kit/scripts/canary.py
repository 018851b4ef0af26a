#!/usr/bin/env python3
"""canary-token-kit: create and track honeytokens. Never reads real credentials."""
import argparse
import datetime as dt
import json
import os
import secrets
import string
import sys
import urllib.parse
import urllib.request
from pathlib import Path

MANIFEST = Path.cwd() / "canary-manifest.json"
CANARYTOKENS = "https://canarytokens.org/generate"


def load_manifest():
    if MANIFEST.exists():
        return json.loads(MANIFEST.read_text())
    return {"tokens": []}


def save_manifest(m):
    MANIFEST.write_text(json.dumps(m, indent=2))


def rand(n, alphabet=string.ascii_letters + string.digits):
    return "".join(secrets.choice(alphabet) for _ in range(n))


def safe_write(path: str, text: str):
    p = Path(os.path.expanduser(path))
    if p.exists():
        sys.exit(f"refusing to overwrite existing file: {p}")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    os.chmod(p, 0o600)
    return str(p)


def canarytokens_generate(kind: str, email: str, memo: str) -> dict:
    data = urllib.parse.urlencode({"type": kind, "email": email, "memo": memo, "webhook": ""}).encode()
    req = urllib.request.Request(CANARYTOKENS, data=data, headers={"User-Agent": "canary-token-kit/1.1"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read().decode())


def make_aws(a):
    if a.self_url:
        sys.exit("aws tokens need canarytokens.org (--email); AWS key canaries cannot be self-hosted")
    tok = canarytokens_generate("aws_keys", a.email, a.memo)
    body = (
        "[default]\n"
        f"aws_access_key_id = {tok['aws_access_key_id']}\n"
        f"aws_secret_access_key = {tok['aws_secret_access_key']}\n"
        "region = us-east-1\n"
    )
    return body, {"provider": "canarytokens.org", "token": tok.get("token"), "manage": tok.get("auth")}


def beacon_url(a) -> tuple:
    if a.self_url:
        tid = rand(12).lower()
        return f"{a.self_url.rstrip('/')}/{tid}", {"provider": "self", "token": tid}
    tok = canarytokens_generate("http", a.email, a.memo)
    return tok["url"], {"provider": "canarytokens.org", "token": tok.get("token"), "manage": tok.get("auth")}


def make_env(a):
    url, meta = beacon_url(a)
    body = (
        "# production settings (legacy)\n"
        f"API_BASE_URL={url}\n"
        f"API_KEY=sk_live_{rand(32)}\n"
        f"DATABASE_URL=postgres://app:{rand(20)}@db-prod-01.internal:5432/app\n"
        f"STRIPE_SECRET_KEY=sk_live_{rand(24)}\n"
    )
    return body, meta


def make_kube(a):
    if a.self_dns:
        tid = rand(10).lower()
        host = f"{tid}.{a.self_dns.strip('.')}"
        meta = {"provider": "self-dns", "token": tid}
    else:
        tok = canarytokens_generate("dns", a.email, a.memo)
        host = tok["hostname"]
        meta = {"provider": "canarytokens.org", "token": tok.get("token"), "manage": tok.get("auth")}
    body = f"""apiVersion: v1
kind: Config
clusters:
- cluster:
    server: https://{host}:6443
    insecure-skip-tls-verify: true
  name: prod-old
contexts:
- context: {{cluster: prod-old, user: admin}}
  name: prod-old
current-context: prod-old
users:
- name: admin
  user:
    token: {rand(48)}
"""
    return body, meta


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("aws", "env", "kube"):
        s = sub.add_parser(name)
        s.add_argument("--out", required=True)
        s.add_argument("--email")
        s.add_argument("--memo", default="canary-token-kit")
        s.add_argument("--self-url")
        s.add_argument("--self-dns")
    sub.add_parser("list")
    r = sub.add_parser("remove")
    r.add_argument("--all", action="store_true")
    r.add_argument("--path")
    a = ap.parse_args()

    m = load_manifest()
    if a.cmd == "list":
        for t in m["tokens"]:
            print(f"{t['created']}  {t['kind']:5} {t['provider']:18} {t['path']}")
        return
    if a.cmd == "remove":
        keep = []
        for t in m["tokens"]:
            if a.all or t["path"] == a.path:
                try:
                    os.remove(t["path"])
                    print("removed", t["path"])
                except FileNotFoundError:
                    pass
            else:
                keep.append(t)
        m["tokens"] = keep
        save_manifest(m)
        return

    if not (a.email or a.self_url or a.self_dns):
        sys.exit("need --email (canarytokens.org) or --self-url/--self-dns (your own callback)")
    body, meta = {"aws": make_aws, "env": make_env, "kube": make_kube}[a.cmd](a)
    path = safe_write(a.out, body)
    m["tokens"].append({"kind": a.cmd, "path": path, "created": dt.datetime.now().isoformat(timespec="seconds"), **meta})
    save_manifest(m)
    print(f"planted {a.cmd} canary at {path} ({meta['provider']})")


if __name__ == "__main__":
    main()
