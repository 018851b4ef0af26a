"""git credential helper protocol: https://git-scm.com/docs/git-credential"""
from __future__ import annotations

import sys
import urllib.parse
from pathlib import Path

import keyring
import keyring.errors

SERVICE_PREFIX = "git:"


def read_attrs(stream) -> dict[str, str]:
    attrs: dict[str, str] = {}
    for line in stream:
        line = line.rstrip("\n")
        if not line:
            break
        k, _, v = line.partition("=")
        attrs[k] = v
    return attrs


def service(a: dict[str, str]) -> str:
    host = a.get("host", "")
    path = a.get("path", "")
    base = f"{SERVICE_PREFIX}{a.get('protocol', 'https')}://{host}"
    return f"{base}/{path}" if path else base


def get(a: dict[str, str]) -> None:
    svc = service(a)
    user = a.get("username")
    if user:
        pw = keyring.get_password(svc, user)
    else:
        cred = keyring.get_credential(svc, None)
        user, pw = (cred.username, cred.password) if cred else (None, None)
    if pw is None:
        return
    sys.stdout.write(f"username={user}\npassword={pw}\n")


def store(a: dict[str, str]) -> None:
    if a.get("username") and a.get("password"):
        keyring.set_password(service(a), a["username"], a["password"])


def erase(a: dict[str, str]) -> None:
    if not a.get("username"):
        return
    try:
        keyring.delete_password(service(a), a["username"])
    except keyring.errors.PasswordDeleteError:
        pass


def import_store() -> int:
    p = Path.home() / ".git-credentials"
    if not p.exists():
        print("no ~/.git-credentials found")
        return 0
    n = 0
    for line in p.read_text().splitlines():
        u = urllib.parse.urlsplit(line.strip())
        if not (u.scheme and u.hostname and u.username and u.password):
            continue
        a = {"protocol": u.scheme, "host": u.hostname + (f":{u.port}" if u.port else ""),
             "username": urllib.parse.unquote(u.username), "password": urllib.parse.unquote(u.password)}
        store(a)
        n += 1
        print(f"imported {a['username']}@{a['host']}")
    if n and input(f"imported {n} credential(s). delete the plaintext {p}? [y/N] ").strip().lower() == "y":
        p.unlink()
        print("deleted")
    return 0


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: git-credential-keyring <get|store|erase|import-store>", file=sys.stderr)
        return 2
    op = sys.argv[1]
    if op == "import-store":
        return import_store()
    attrs = read_attrs(sys.stdin)
    {"get": get, "store": store, "erase": erase}.get(op, lambda _a: None)(attrs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
