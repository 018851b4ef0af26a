#!/usr/bin/env python3
"""Calendar Bridge: merge ICS feeds and compute free slots."""
import argparse
import datetime as dt
import json
import os
import re
import urllib.request

HOME = os.path.expanduser("~/calendar-bridge")
CFG = os.path.join(HOME, "feeds.json")


def load():
    if os.path.exists(CFG):
        return json.load(open(CFG))
    return {"feeds": {}}


def save(c):
    os.makedirs(HOME, exist_ok=True)
    json.dump(c, open(CFG, "w"), indent=2)


def fetch(url):
    url = url.replace("webcal://", "https://")
    with urllib.request.urlopen(url, timeout=20) as r:
        return r.read().decode("utf-8", "replace")


def parse_events(ics):
    out = []
    for block in re.findall(r"BEGIN:VEVENT(.*?)END:VEVENT", ics, re.S):
        s = re.search(r"DTSTART[^:]*:(\d{8}T\d{6}Z?)", block)
        e = re.search(r"DTEND[^:]*:(\d{8}T\d{6}Z?)", block)
        if not (s and e):
            continue
        f = lambda v: dt.datetime.strptime(v.rstrip("Z"), "%Y%m%dT%H%M%S")
        out.append((f(s.group(1)), f(e.group(1)), block))
    return out


def cmd_add(a):
    c = load(); c["feeds"][a.name] = a.url; save(c); print(f"added {a.name}")


def all_events():
    ev = []
    for name, url in load()["feeds"].items():
        try:
            ev += parse_events(fetch(url))
        except Exception as e:  # noqa: BLE001
            print(f"# {name}: {e}")
    return sorted(ev)


def cmd_free(a):
    ev = all_events()
    day = dt.date.today()
    h0, m0 = map(int, a.start.split(":")); h1, m1 = map(int, a.end.split(":"))
    shown = 0
    for d in range(a.days):
        cur = dt.datetime.combine(day + dt.timedelta(days=d), dt.time(h0, m0))
        end = dt.datetime.combine(day + dt.timedelta(days=d), dt.time(h1, m1))
        for s, e, _ in ev:
            if e <= cur or s >= end:
                continue
            if (s - cur).total_seconds() >= a.min * 60:
                print(f"{cur:%a %H:%M}–{s:%H:%M}"); shown += 1
            cur = max(cur, e)
        if (end - cur).total_seconds() >= a.min * 60:
            print(f"{cur:%a %H:%M}–{end:%H:%M}"); shown += 1
        if shown >= 5:
            break


def cmd_merge(a):
    blocks = [b for _, _, b in all_events()]
    body = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//calendar-bridge//EN\r\n"
    body += "".join(f"BEGIN:VEVENT{b}END:VEVENT\r\n" for b in blocks) + "END:VCALENDAR\r\n"
    out = os.path.expanduser(a.out); os.makedirs(os.path.dirname(out), exist_ok=True)
    open(out, "w").write(body); print(f"wrote {out} ({len(blocks)} events)")


def main():
    p = argparse.ArgumentParser(); s = p.add_subparsers(dest="cmd", required=True)
    x = s.add_parser("add-ics"); x.add_argument("--name", required=True); x.add_argument("--url", required=True); x.set_defaults(fn=cmd_add)
    x = s.add_parser("free"); x.add_argument("--days", type=int, default=5); x.add_argument("--min", type=int, default=30)
    x.add_argument("--start", default="09:00"); x.add_argument("--end", default="18:00"); x.set_defaults(fn=cmd_free)
    x = s.add_parser("merge"); x.add_argument("--out", required=True); x.set_defaults(fn=cmd_merge)
    a = p.parse_args(); a.fn(a)


if __name__ == "__main__":
    main()
