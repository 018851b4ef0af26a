#!/usr/bin/env python3
"""Synology DSM Web API helper for the user's own NAS."""
import argparse
import getpass
import json
import os
import pathlib
import socket
import sys

import requests

CONF = pathlib.Path.home() / ".config" / "synology-dsm"
SESSION = CONF / "session.json"


def base():
    url = os.environ.get("DSM_URL", "").rstrip("/")
    if not url:
        sys.exit("set DSM_URL, e.g. https://nas.home.example.com:5001")
    return url


def verify():
    ca = os.environ.get("DSM_CA_BUNDLE")
    return ca if ca else os.environ.get("DSM_INSECURE") != "1"


def load():
    try:
        return json.loads(SESSION.read_text())
    except (OSError, ValueError):
        return {}


def save(d):
    CONF.mkdir(parents=True, exist_ok=True)
    os.chmod(CONF, 0o700)
    fd = os.open(SESSION, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(d, f)


def call(api, method, version=1, path="entry.cgi", sid=None, **params):
    q = {"api": api, "method": method, "version": version, **params}
    if sid:
        q["_sid"] = sid
    r = requests.get(f"{base()}/webapi/{path}", params=q, timeout=30, verify=verify())
    r.raise_for_status()
    j = r.json()
    if not j.get("success"):
        raise RuntimeError(f"{api}.{method} failed with DSM error {j.get('error', {}).get('code')}")
    return j.get("data", {})


def login(_a):
    user = os.environ.get("DSM_USER") or sys.exit("set DSM_USER")
    pw = os.environ.get("DSM_PASSWORD") or getpass.getpass(f"DSM password for {user}: ")
    st = load()
    params = {"account": user, "passwd": pw, "session": "OpenClaw", "format": "sid"}
    if st.get("did"):
        params["device_id"] = st["did"]
        params["device_name"] = f"openclaw-{socket.gethostname()}"
    r = requests.get(f"{base()}/webapi/auth.cgi", params={"api": "SYNO.API.Auth", "method": "login", "version": 6, **params}, timeout=30, verify=verify())
    j = r.json()
    if not j.get("success") and j.get("error", {}).get("code") == 403:
        otp = input("2-step verification code: ").strip()
        trust = input("Trust this device for future logins? [y/N] ").strip().lower() == "y"
        params.update({"otp_code": otp})
        if trust:
            params.update({"enable_device_token": "yes", "device_name": f"openclaw-{socket.gethostname()}"})
        r = requests.get(f"{base()}/webapi/auth.cgi", params={"api": "SYNO.API.Auth", "method": "login", "version": 6, **params}, timeout=30, verify=verify())
        j = r.json()
    del pw
    if not j.get("success"):
        sys.exit(f"login failed (DSM error {j.get('error', {}).get('code')})")
    d = j["data"]
    st.update({"sid": d["sid"], "url": base()})
    if d.get("did"):
        st["did"] = d["did"]
    save(st)
    print("logged in")


def sid():
    st = load()
    if not st.get("sid") or st.get("url") != base():
        sys.exit("not logged in to this NAS; run login")
    return st["sid"]


def health(_a):
    s = sid()
    info = call("SYNO.Storage.CGI.Storage", "load_info", sid=s)
    for d in info.get("disks", []):
        print(f"disk {d['name']:<8} {d['model'].strip():<22} {d['status']:<8} SMART {d.get('smart_status', '?'):<8} {d.get('temp', '?')}°C")
    for v in info.get("volumes", []):
        used, total = int(v["size"]["used"]), int(v["size"]["total"])
        print(f"{v['display_name'] or v['id']:<10} {v['status']:<10} {used / total * 100:5.1f}% used of {total / 1e12:.2f} TB")


def backups(_a):
    s = sid()
    for t in call("SYNO.Backup.Task", "list", sid=s, additional='["last_bkp_result","next_bkp_time"]').get("task_list", []):
        add = t.get("additional", {})
        print(f"{t['name']:<28} last: {add.get('last_bkp_result', '-'):<10} next: {add.get('next_bkp_time', '-')}")


def packages(_a):
    s = sid()
    upd = call("SYNO.Core.Package.Server", "check", version=2, sid=s).get("packages", [])
    print("\n".join(f"{p['id']}: {p.get('version','?')} available" for p in upd) or "all packages up to date")


def downloads(_a):
    s = sid()
    for t in call("SYNO.DownloadStation.Task", "list", path="DownloadStation/task.cgi", sid=s, additional="transfer").get("tasks", []):
        print(f"{t['status']:<12} {t['title']}")


def backup_now(a):
    s = sid()
    tasks = call("SYNO.Backup.Task", "list", sid=s).get("task_list", [])
    task = next((t for t in tasks if t["name"] == a.task), None) or sys.exit(f"no backup task named {a.task!r}")
    call("SYNO.Backup.Task", "backup", sid=s, task_id=task["task_id"])
    print(f"backup started: {a.task}")


def update_package(a):
    call("SYNO.Core.Package.Installation", "upgrade", sid=sid(), name=a.name)
    print(f"update started: {a.name}")


def logout(_a):
    st = load()
    if st.get("sid"):
        try:
            call("SYNO.API.Auth", "logout", version=6, path="auth.cgi", session="OpenClaw", sid=st["sid"])
        except Exception:
            pass
    st.pop("sid", None)
    save(st)
    print("logged out")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="c", required=True)
    for name, fn in [("login", login), ("health", health), ("backups", backups), ("packages", packages), ("downloads", downloads), ("logout", logout)]:
        s.add_parser(name).set_defaults(fn=fn)
    x = s.add_parser("backup-now"); x.add_argument("--task", required=True); x.set_defaults(fn=backup_now)
    x = s.add_parser("update-package"); x.add_argument("--name", required=True); x.set_defaults(fn=update_package)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
