#!/usr/bin/env python3
import argparse
import json
import os
import shutil
import sys
import time
from datetime import date, datetime, timedelta

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CFG = os.path.join(BASE, "config.json")
STATE = os.path.expanduser("~/.local/state/focus-timer")
LOG = os.path.join(STATE, "sessions.jsonl")
CUR = os.path.join(STATE, "current.json")
DEFAULTS = {"focusMinutes": 25, "shortBreak": 5, "longBreak": 15, "longBreakEvery": 4, "dailyGoal": 8, "sound": True}


def cfg():
    if not os.path.exists(CFG):
        with open(CFG, "w") as f:
            json.dump(DEFAULTS, f, indent=2)
    with open(CFG) as f:
        return {**DEFAULTS, **json.load(f)}


def set_cfg(key, raw):
    if key not in DEFAULTS:
        sys.exit(f"unknown preference {key}; known: {', '.join(DEFAULTS)}")
    value = (raw.lower() in ("1", "true", "yes", "on")) if isinstance(DEFAULTS[key], bool) else int(raw)
    c = cfg()
    shutil.copyfile(CFG, CFG + ".bak")
    old = c[key]
    c[key] = value
    with open(CFG, "w") as f:
        json.dump(c, f, indent=2)
    print(f"{key}: {old} → {value} (backup in config.json.bak)")


def start(label):
    os.makedirs(STATE, exist_ok=True)
    if os.path.exists(CUR):
        sys.exit("a session is already running; stop it first")
    c = cfg()
    with open(CUR, "w") as f:
        json.dump({"label": label, "start": time.time(), "minutes": c["focusMinutes"]}, f)
    end = datetime.now() + timedelta(minutes=c["focusMinutes"])
    print(f"focus: {label} — {c['focusMinutes']} min, until {end:%H:%M}")


def stop():
    if not os.path.exists(CUR):
        sys.exit("no session running")
    with open(CUR) as f:
        cur = json.load(f)
    mins = (time.time() - cur["start"]) / 60
    done = mins >= cur["minutes"] * 0.9
    with open(LOG, "a") as f:
        f.write(json.dumps({"label": cur["label"], "day": str(date.today()), "minutes": round(mins, 1), "complete": done}) + "\n")
    os.remove(CUR)
    print(f"{'completed' if done else 'stopped early'}: {cur['label']} ({mins:.0f} min)")


def status():
    if not os.path.exists(CUR):
        print("idle")
        return
    with open(CUR) as f:
        cur = json.load(f)
    left = cur["minutes"] - (time.time() - cur["start"]) / 60
    print(f"{cur['label']}: {max(left, 0):.0f} min left")


def stats(days):
    rows = []
    if os.path.exists(LOG):
        with open(LOG) as f:
            rows = [json.loads(l) for l in f if l.strip()]
    goal = cfg()["dailyGoal"]
    streak, d = 0, date.today()
    for i in range(days):
        day = str(d - timedelta(days=i))
        n = sum(1 for r in rows if r["day"] == day and r["complete"])
        mins = sum(r["minutes"] for r in rows if r["day"] == day)
        print(f"{day}  {'●' * n}{'○' * max(goal - n, 0)}  {mins:.0f} min")
    for i in range(365):
        if any(r["day"] == str(d - timedelta(days=i)) and r["complete"] for r in rows):
            streak += 1
        elif i:
            break
    print(f"streak: {streak} day(s)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["start", "stop", "status", "stats", "config"])
    ap.add_argument("rest", nargs="*")
    ap.add_argument("--days", type=int, default=7)
    a = ap.parse_args()
    if a.cmd == "start":
        start(" ".join(a.rest) or "focus")
    elif a.cmd == "stop":
        stop()
    elif a.cmd == "status":
        status()
    elif a.cmd == "stats":
        stats(a.days)
    elif a.rest[:1] == ["get"]:
        print(json.dumps(cfg(), indent=2))
    elif a.rest[:1] == ["set"] and len(a.rest) == 3:
        set_cfg(a.rest[1], a.rest[2])
    elif a.rest[:1] == ["restore"] and os.path.exists(CFG + ".bak"):
        shutil.copyfile(CFG + ".bak", CFG)
        print("restored previous preferences")
    else:
        sys.exit("usage: focus.py config get | set KEY VALUE | restore")


if __name__ == "__main__":
    main()
