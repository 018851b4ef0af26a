#!/usr/bin/env python3
"""Opt-in local clipboard history with secret filtering."""
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DIR = Path.home() / ".local" / "share" / "openclaw-clipboard"
DB = DIR / "history.db"
PID = DIR / "watcher.pid"
KEEP_DAYS = int(os.environ.get("CLIPHIST_KEEP_DAYS", "7"))
SECRET = re.compile("|".join([
    r"-----BEGIN [A-Z ]*PRIVATE KEY-----", r"\bAKIA[0-9A-Z]{16}\b", r"\bgh[pousr]_[A-Za-z0-9]{30,}",
    r"\bsk-[A-Za-z0-9_-]{20,}", r"\bxox[abpr]-", r"^[A-Fa-f0-9]{40,}$", r"^[A-Za-z0-9+/=_-]{48,}$",
    r"\b(?:\d[ -]?){15,16}\b",
]))
MAC = sys.platform == "darwin"


def db():
    DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    c = sqlite3.connect(DB)
    os.chmod(DB, 0o600)
    c.execute("create table if not exists clips(id integer primary key, ts real, text text unique)")
    return c


def read_clip():
    if MAC:
        # Skip concealed/transient items from password managers.
        types = subprocess.run(["osascript", "-l", "JavaScript", "-e",
                                "ObjC.import('AppKit');$.NSPasteboard.generalPasteboard.types.js.map(t=>t.js).join(',')"],
                               capture_output=True, text=True).stdout
        if "ConcealedType" in types or "TransientType" in types:
            return None
        return subprocess.run(["pbpaste"], capture_output=True, text=True).stdout
    for cmd in (["wl-paste", "-n"], ["xclip", "-o", "-selection", "clipboard"]):
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=2)
            if r.returncode == 0:
                return r.stdout
        except (FileNotFoundError, subprocess.TimeoutExpired):
            continue
    return None


def write_clip(text):
    cmd = ["pbcopy"] if MAC else (["wl-copy"] if os.environ.get("WAYLAND_DISPLAY") else ["xclip", "-selection", "clipboard"])
    subprocess.run(cmd, input=text, text=True, check=True)


def watch():
    c, last = db(), None
    signal.signal(signal.SIGTERM, lambda *_: (PID.unlink(missing_ok=True), sys.exit(0)))
    while True:
        t = read_clip()
        if t and t != last and len(t) < 20000 and not SECRET.search(t.strip()):
            c.execute("insert or replace into clips(ts, text) values(?, ?)", (time.time(), t))
            c.execute("delete from clips where ts < ?", (time.time() - KEEP_DAYS * 86400,))
            c.commit()
        last = t
        time.sleep(1.0)


def running():
    try:
        pid = int(PID.read_text())
        os.kill(pid, 0)
        return pid
    except (FileNotFoundError, ValueError, ProcessLookupError):
        return None


def main(a):
    cmd = a[0] if a else "status"
    if cmd == "start":
        if running():
            sys.exit("already running")
        p = subprocess.Popen([sys.executable, __file__, "_watch"], stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        DIR.mkdir(parents=True, exist_ok=True)
        PID.write_text(str(p.pid))
        print(f"watcher started (pid {p.pid}); stop with `cliphist.py stop`")
    elif cmd == "_watch":
        watch()
    elif cmd == "stop":
        pid = running()
        if pid:
            os.kill(pid, signal.SIGTERM)
            print("stopped")
        else:
            print("not running")
    elif cmd == "status":
        pid = running()
        n = db().execute("select count(*) from clips").fetchone()[0]
        print(f"watcher: {'running pid ' + str(pid) if pid else 'stopped'}; {n} entries; keep {KEEP_DAYS}d")
    elif cmd == "search":
        q = " ".join(a[1:])
        for i, ts, t in db().execute("select id, ts, text from clips where text like ? order by ts desc limit 20", (f"%{q}%",)):
            prev = t.replace("\n", " ")[:80]
            print(f"{i:5}  {time.strftime('%m-%d %H:%M', time.localtime(ts))}  {prev}")
    elif cmd == "copy":
        row = db().execute("select text from clips where id=?", (int(a[1]),)).fetchone()
        if not row:
            sys.exit("no such entry")
        write_clip(row[0])
        print("copied")
    elif cmd == "wipe":
        c = db()
        c.execute("delete from clips")
        c.commit()
        c.execute("vacuum")
        print("history wiped")
    else:
        sys.exit("usage: cliphist.py start|stop|status|search Q|copy ID|wipe")


if __name__ == "__main__":
    main(sys.argv[1:])
