#!/usr/bin/env python3
"""clipstack: local clipboard history."""
from __future__ import annotations

import argparse
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "clipstack"
DB = DATA / "history.db"
PID = DATA / "watcher.pid"
TTL_DAYS = int(os.environ.get("CLIPSTACK_TTL_DAYS", "7"))

SECRETISH = re.compile(
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----|\bgh[pousr]_[A-Za-z0-9]{20,}|\bsk-[A-Za-z0-9_-]{20,}|\bAKIA[0-9A-Z]{16}\b"
    r"|\bxox[abpr]-|^(?:[a-z]{3,8}\s+){11,23}[a-z]{3,8}$|^(?:0x)?[0-9a-fA-F]{64}$"
)


def db() -> sqlite3.Connection:
    DATA.mkdir(parents=True, exist_ok=True)
    os.chmod(DATA, 0o700)
    new = not DB.exists()
    con = sqlite3.connect(DB)
    if new:
        os.chmod(DB, 0o600)
        con.execute("create table clips(id integer primary key, ts real, sha text unique, body text)")
    return con


def paste() -> str:
    if sys.platform == "darwin":
        return subprocess.run(["pbpaste"], capture_output=True, text=True).stdout
    if os.environ.get("WAYLAND_DISPLAY"):
        return subprocess.run(["wl-paste", "--no-newline"], capture_output=True, text=True).stdout
    return subprocess.run(["xclip", "-selection", "clipboard", "-o"], capture_output=True, text=True).stdout


def concealed() -> bool:
    """True when the current pasteboard item is marked concealed/transient by a password manager."""
    if sys.platform == "darwin":
        script = 'use framework "AppKit"\nset pb to current application\'s NSPasteboard\'s generalPasteboard()\n' \
                 'return (pb\'s types()\'s containsObject:"org.nspasteboard.ConcealedType") as boolean'
        r = subprocess.run(["osascript", "-l", "AppleScript", "-e", script], capture_output=True, text=True)
        return r.stdout.strip() == "true"
    if os.environ.get("WAYLAND_DISPLAY"):
        r = subprocess.run(["wl-paste", "--list-types"], capture_output=True, text=True)
        return "x-kde-passwordManagerHint" in r.stdout
    r = subprocess.run(["xclip", "-selection", "clipboard", "-t", "TARGETS", "-o"], capture_output=True, text=True)
    return "x-kde-passwordManagerHint" in r.stdout


def copy(text: str) -> None:
    if sys.platform == "darwin":
        subprocess.run(["pbcopy"], input=text, text=True)
    elif os.environ.get("WAYLAND_DISPLAY"):
        subprocess.run(["wl-copy"], input=text, text=True)
    else:
        subprocess.run(["xclip", "-selection", "clipboard"], input=text, text=True)


def watch() -> None:
    con = db()
    last = None
    while True:
        try:
            text = paste()
        except Exception:
            text = ""
        h = hashlib.sha256(text.encode()).hexdigest()
        if text.strip() and h != last and len(text) < 100_000 and not SECRETISH.search(text.strip()) and not concealed():
            con.execute("insert or replace into clips(ts, sha, body) values(?,?,?)", (time.time(), h, text))
            con.execute("delete from clips where ts < ?", (time.time() - TTL_DAYS * 86400,))
            con.commit()
        last = h
        time.sleep(1.0)


def main() -> int:
    ap = argparse.ArgumentParser(prog="clipstack")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("start")
    sub.add_parser("stop")
    sub.add_parser("_watch")
    l = sub.add_parser("list")
    l.add_argument("-n", type=int, default=20)
    s = sub.add_parser("search")
    s.add_argument("q")
    r = sub.add_parser("restore")
    r.add_argument("id", type=int)
    sub.add_parser("clear")
    a = ap.parse_args()

    if a.cmd == "_watch":
        PID.write_text(str(os.getpid()))
        watch()
    elif a.cmd == "start":
        if PID.exists():
            print("already recording")
            return 0
        db()
        subprocess.Popen([sys.executable, __file__, "_watch"], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"clipboard history is ON (stored in {DB}). Stop with: clipstack.py stop")
    elif a.cmd == "stop":
        if PID.exists():
            try:
                os.kill(int(PID.read_text()), signal.SIGTERM)
            except (ProcessLookupError, ValueError):
                pass
            PID.unlink()
        print("clipboard history is OFF")
    elif a.cmd in ("list", "search"):
        con = db()
        if a.cmd == "list":
            rows = con.execute("select id, ts, body from clips order by ts desc limit ?", (a.n,))
        else:
            rows = con.execute("select id, ts, body from clips where body like ? order by ts desc limit 50", (f"%{a.q}%",))
        for i, ts, body in rows:
            one = " ".join(body.split())
            print(f"{i:>5}  {time.strftime('%m-%d %H:%M', time.localtime(ts))}  {one[:100]}{'…' if len(one) > 100 else ''}")
    elif a.cmd == "restore":
        row = db().execute("select body from clips where id = ?", (a.id,)).fetchone()
        if not row:
            print("no such item")
            return 1
        copy(row[0])
        print("copied to clipboard")
    elif a.cmd == "clear":
        con = db()
        con.execute("delete from clips")
        con.commit()
        con.execute("vacuum")
        print("history cleared")
    return 0


if __name__ == "__main__":
    sys.exit(main())
