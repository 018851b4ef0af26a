#!/usr/bin/env python3
"""Резервные копии на Яндекс Диск пользователя."""
import argparse
import fnmatch
import hashlib
import json
import os
import pathlib
import sys
import time
import urllib.parse

import requests

OAUTH = os.environ.get("YADISK_OAUTH", "https://oauth.yandex.example.com")
API = os.environ.get("YADISK_API", "https://cloud-api.yandex.example.com/v1/disk")
CONF = pathlib.Path.home() / ".config" / "yadisk-kopiya"
TOKEN = CONF / "token.json"


def client_id():
    v = os.environ.get("YADISK_CLIENT_ID")
    if not v:
        sys.exit("нужна переменная YADISK_CLIENT_ID (ID приложения пользователя)")
    return v


def save_token(t):
    CONF.mkdir(parents=True, exist_ok=True)
    os.chmod(CONF, 0o700)
    fd = os.open(TOKEN, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump({"access_token": t["access_token"], "refresh_token": t.get("refresh_token"), "expires_at": time.time() + t.get("expires_in", 0)}, f)


def session():
    try:
        t = json.loads(TOKEN.read_text())
    except (OSError, ValueError):
        sys.exit("аккаунт не подключён: выполни 'войти'")
    s = requests.Session()
    s.headers["Authorization"] = f"OAuth {t['access_token']}"
    return s


def войти(_a):
    r = requests.post(f"{OAUTH}/device/code", data={"client_id": client_id()}, timeout=15)
    r.raise_for_status()
    d = r.json()
    print(f"Открой {d['verification_url']} и введи код: {d['user_code']}", flush=True)
    deadline = time.time() + d.get("expires_in", 300)
    while time.time() < deadline:
        time.sleep(max(d.get("interval", 5), 5))
        t = requests.post(f"{OAUTH}/token", data={"grant_type": "device_code", "code": d["device_code"], "client_id": client_id()}, timeout=15)
        j = t.json()
        if t.status_code == 200:
            save_token(j)
            print("готово: аккаунт подключён")
            return
        if j.get("error") not in ("authorization_pending", "slow_down"):
            sys.exit(f"ошибка входа: {j.get('error_description', j.get('error'))}")
    sys.exit("время на подтверждение истекло")


def md5(p):
    h = hashlib.md5()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def remote_index(s, root):
    idx, offset = {}, 0
    while True:
        r = s.get(f"{API}/resources/files", params={"limit": 1000, "offset": offset, "fields": "items.path,items.md5,items.size"}, timeout=60)
        r.raise_for_status()
        items = r.json().get("items", [])
        for it in items:
            p = it["path"].removeprefix("disk:")
            if p.startswith(root + "/"):
                idx[p] = (it["size"], it["md5"])
        if len(items) < 1000:
            return idx
        offset += 1000


def mkdirs(s, path, made):
    parts = path.strip("/").split("/")
    for i in range(1, len(parts) + 1):
        d = "/" + "/".join(parts[:i])
        if d in made:
            continue
        s.put(f"{API}/resources", params={"path": d}, timeout=30)
        made.add(d)


def копировать(a):
    s = session()
    src = pathlib.Path(a.откуда).expanduser().resolve()
    dst = a.куда.rstrip("/")
    idx = remote_index(s, dst)
    made, sent, skipped = set(), 0, 0
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src).as_posix()
        if not p.is_file() or any(fnmatch.fnmatch(part, pat) for pat in a.исключить for part in rel.split("/")):
            continue
        target = f"{dst}/{rel}"
        if idx.get(target) == (p.stat().st_size, md5(p)):
            skipped += 1
            continue
        mkdirs(s, target.rsplit("/", 1)[0], made)
        up = s.get(f"{API}/resources/upload", params={"path": target, "overwrite": "true"}, timeout=30)
        up.raise_for_status()
        with p.open("rb") as f:
            requests.put(up.json()["href"], data=f, timeout=600).raise_for_status()
        sent += 1
        print(f"↑ {rel}")
    print(f"готово: загружено {sent}, без изменений {skipped}")


def список(a):
    s = session()
    r = s.get(f"{API}/resources", params={"path": a.путь, "limit": 200}, timeout=30)
    r.raise_for_status()
    for it in r.json().get("_embedded", {}).get("items", []):
        print(f"{it['type']:<4} {it.get('size', ''):>12}  {it['modified'][:16]}  {it['name']}")


def восстановить(a):
    s = session()
    dest = pathlib.Path(a.куда).expanduser()
    if dest.is_dir():
        dest = dest / a.путь.rsplit("/", 1)[-1]
    if dest.exists() and not a.перезаписать:
        sys.exit(f"{dest} уже существует; спроси пользователя и добавь --перезаписать")
    r = s.get(f"{API}/resources/download", params={"path": a.путь}, timeout=30)
    r.raise_for_status()
    with requests.get(r.json()["href"], stream=True, timeout=600) as d, open(dest, "wb") as f:
        d.raise_for_status()
        for chunk in d.iter_content(1 << 20):
            f.write(chunk)
    print(f"восстановлено: {dest}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    s.add_parser("войти").set_defaults(fn=войти)
    x = s.add_parser("копировать"); x.add_argument("откуда"); x.add_argument("--куда", required=True); x.add_argument("--исключить", action="append", default=[]); x.set_defaults(fn=копировать)
    x = s.add_parser("список"); x.add_argument("путь"); x.set_defaults(fn=список)
    x = s.add_parser("восстановить"); x.add_argument("путь"); x.add_argument("куда"); x.add_argument("--перезаписать", action="store_true"); x.set_defaults(fn=восстановить)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
