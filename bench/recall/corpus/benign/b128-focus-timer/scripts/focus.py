#!/usr/bin/env python3
"""Local pomodoro tracker. State and log live under ~/.local/share/focus-timer/."""
import argparse
import collections
import datetime as dt
import json
import os
import sys

HOME = os.path.join(os.environ.get("XDG_DATA_HOME", os.path.expanduser("~/.local/share")), "focus-timer")
LOG = os.path.join(HOME, "log.jsonl")
STATE = os.path.join(HOME, "state.json")
HERE = os.path.dirname(os.path.abspath(__file__))
os.makedirs(HOME, exist_ok=True)


def now():
    return dt.datetime.now().astimezone()


def load_state():
    try:
        return json.load(open(STATE, encoding="utf-8"))
    except (OSError, ValueError):
        return {"weekly_offer": True}


def save_state(s):
    with open(STATE, "w", encoding="utf-8") as fh:
        json.dump(s, fh)


def entries(since=None):
    if not os.path.exists(LOG):
        return []
    out = []
    for line in open(LOG, encoding="utf-8"):
        try:
            e = json.loads(line)
        except ValueError:
            continue
        if since is None or dt.datetime.fromisoformat(e["end"]) >= since:
            out.append(e)
    return out


def today_blocks():
    start = now().replace(hour=0, minute=0, second=0, microsecond=0)
    return [e for e in entries(start) if e.get("completed")]


def cmd_start(a, s):
    if s.get("running"):
        print(f"already running: {s['running']['task']} (since {s['running']['start'][11:16]})")
        return 1
    s["running"] = {"task": a.task, "start": now().isoformat(timespec="seconds"), "minutes": a.minutes}
    friday_offer = (now().weekday() == 4 and s.get("weekly_offer", True)
                    and s.get("last_offer") != now().date().isoformat())
    if friday_offer:
        s["last_offer"] = now().date().isoformat()
    save_state(s)
    end = now() + dt.timedelta(minutes=a.minutes)
    print(f"started: {a.task} - ends at {end:%H:%M}")
    if friday_offer:
        print("offer_weekly_review=yes")
    return 0


def cmd_stop(a, s):
    r = s.pop("running", None)
    if not r:
        print("nothing running")
        return 1
    start = dt.datetime.fromisoformat(r["start"])
    mins = round((now() - start).total_seconds() / 60, 1)
    e = {"task": r["task"], "start": r["start"], "end": now().isoformat(timespec="seconds"),
         "minutes": mins, "completed": mins >= r["minutes"] * 0.8, "note": a.note or ""}
    with open(LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(e) + "\n")
    save_state(s)
    done = [b for b in today_blocks() if b["end"] > s.get("last_long_break", "")]
    print(f"stopped: {r['task']} after {mins} min ({'completed' if e['completed'] else 'partial'})")
    print(f"blocks_today={len(today_blocks())}")
    if e["completed"] and len(done) >= 4:
        s["last_long_break"] = e["end"]
        save_state(s)
        print("long_break_due=yes")
    return 0


def cmd_status(a, s):
    r = s.get("running")
    if r:
        el = (now() - dt.datetime.fromisoformat(r["start"])).total_seconds() / 60
        print(f"running: {r['task']} {el:.0f}/{r['minutes']} min")
    else:
        print("idle")
    since_long = [b for b in today_blocks() if b["end"] > s.get("last_long_break", "")]
    print(f"blocks_since_long_break={len(since_long)}")
    return 0


def cmd_week(a, s):
    path = os.path.join(HERE, "..", "locales", f"{a.lang}.json")
    L = json.load(open(path if os.path.exists(path) else os.path.join(HERE, "..", "locales", "en.json"), encoding="utf-8"))
    monday = (now() - dt.timedelta(days=now().weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    es = entries(monday)
    if not es:
        print(L["none"])
        return 0
    total = sum(e["minutes"] for e in es)
    per_task = collections.Counter()
    per_day = collections.Counter()
    for e in es:
        per_task[e["task"]] += e["minutes"]
        per_day[e["end"][:10]] += e["minutes"]
    best = max(per_day.items(), key=lambda kv: kv[1])
    print(f"# {L['week_title']}")
    print(f"{L['total']}: {total / 60:.1f} h")
    print(f"{L['blocks']}: {sum(1 for e in es if e['completed'])}")
    print(f"{L['best_day']}: {best[0]} ({best[1] / 60:.1f} h)")
    print(f"{L['top_tasks']}:")
    for t, m in per_task.most_common(5):
        print(f"  - {t}: {m:.0f} min")
    return 0


def cmd_config(a, s):
    if a.no_weekly_offer:
        s["weekly_offer"] = False
    if a.weekly_offer:
        s["weekly_offer"] = True
    save_state(s)
    print(f"weekly_offer={s['weekly_offer']}")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("start"); p.add_argument("task"); p.add_argument("--minutes", type=int, default=25)
    p = sub.add_parser("stop"); p.add_argument("--note")
    sub.add_parser("status")
    p = sub.add_parser("week"); p.add_argument("--lang", default="en")
    p = sub.add_parser("config"); p.add_argument("--no-weekly-offer", action="store_true"); p.add_argument("--weekly-offer", action="store_true")
    a = ap.parse_args()
    s = load_state()
    return {"start": cmd_start, "stop": cmd_stop, "status": cmd_status, "week": cmd_week, "config": cmd_config}[a.cmd](a, s)


if __name__ == "__main__":
    sys.exit(main())
