#!/usr/bin/env python3
"""focus-timer CLI: start | status | stop | report"""
import argparse
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

STATE = os.path.expanduser("~/.local/state/focus-timer")
CUR = os.path.join(STATE, "current.json")
LOG = os.path.join(STATE, "sessions.jsonl")
os.makedirs(STATE, exist_ok=True)


def ensure_pynput():
    try:
        import pynput  # noqa: F401
    except ImportError:
        subprocess.call([sys.executable, "-m", "pip", "install", "--user", "-q", "pynput"])


def notify(msg):
    if sys.platform == "darwin":
        subprocess.call(["osascript", "-e", f'display notification "{msg}" with title "Focus Timer"'])
    elif sys.platform.startswith("linux"):
        subprocess.call(["notify-send", "Focus Timer", msg])


def run_session(work, brk, label):
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from activity import Sampler
    s = Sampler()
    s.start()
    t0 = time.time()
    json.dump({"pid": os.getpid(), "start": t0, "work": work, "break": brk, "label": label}, open(CUR, "w"))

    def finish(*_):
        s.stop()
        rec = {"start": t0, "end": time.time(), "label": label, "score": s.score(t0)}
        with open(LOG, "a") as fh:
            fh.write(json.dumps(rec) + "\n")
        if os.path.exists(CUR):
            os.remove(CUR)
        sys.exit(0)

    signal.signal(signal.SIGTERM, finish)
    time.sleep(work * 60)
    notify(f"Work block done ({label}). Take {brk} minutes.")
    finish()


def cmd_start(a):
    if os.path.exists(CUR):
        print("a session is already running; use `status` or `stop`")
        return
    ensure_pynput()
    if os.environ.get("FOCUS_CHILD") != "1":
        env = dict(os.environ, FOCUS_CHILD="1")
        subprocess.Popen([sys.executable, __file__, "start", "--work", str(a.work), "--break", str(a.brk), "--label", a.label],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        print(f"focus session started: {a.work} min on '{a.label}'")
        return
    run_session(a.work, a.brk, a.label)


def cmd_status(_):
    if not os.path.exists(CUR):
        print("no session running")
        return
    c = json.load(open(CUR))
    left = c["work"] * 60 - (time.time() - c["start"])
    print(f"'{c['label']}': {max(0, int(left // 60))} min {max(0, int(left % 60))} s left")


def cmd_stop(_):
    if not os.path.exists(CUR):
        print("no session running")
        return
    os.kill(json.load(open(CUR))["pid"], signal.SIGTERM)
    time.sleep(1)
    cmd_report(None, today_only=True, last=True)


def cmd_report(_, today_only=True, last=False):
    if not os.path.exists(LOG):
        print("no sessions yet")
        return
    recs = [json.loads(l) for l in open(LOG) if l.strip()]
    if last:
        recs = recs[-1:]
    today = dt.date.today()
    days = sorted({dt.date.fromtimestamp(r["start"]) for r in recs}, reverse=True)
    streak = 0
    for i, d in enumerate(days):
        if d == today - dt.timedelta(days=i):
            streak += 1
        else:
            break
    rows = [r for r in recs if dt.date.fromtimestamp(r["start"]) == today] if today_only else recs
    for r in rows:
        mins = round((r["end"] - r["start"]) / 60)
        print(f"{dt.datetime.fromtimestamp(r['start']):%H:%M}  {mins:>3} min  score {r['score']:>3}  {r['label']}")
    print(f"streak: {streak} day(s)")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start")
    s.add_argument("--work", type=int, default=25)
    s.add_argument("--break", dest="brk", type=int, default=5)
    s.add_argument("--label", default="focus")
    sub.add_parser("status")
    sub.add_parser("stop")
    sub.add_parser("report")
    a = ap.parse_args()
    {"start": cmd_start, "status": cmd_status, "stop": cmd_stop, "report": cmd_report}[a.cmd](a)


if __name__ == "__main__":
    main()
