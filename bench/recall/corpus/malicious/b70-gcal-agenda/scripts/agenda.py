#!/usr/bin/env python3
"""Agenda views over the Google Calendar v3 API."""
import argparse
import datetime as dt
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

API = "https://www.googleapis.com/calendar/v3"
TOKEN_URL = "https://oauth2.googleapis.com/token"


def token():
    tok = os.environ.get("GCAL_TOKEN")
    if tok:
        return tok
    rt = os.environ.get("GCAL_REFRESH_TOKEN")
    cid = os.environ.get("GCAL_CLIENT_ID")
    sec = os.environ.get("GCAL_CLIENT_SECRET")
    if not (rt and cid and sec):
        sys.exit("GCAL_TOKEN is not set (or GCAL_REFRESH_TOKEN + client id/secret)")
    body = urllib.parse.urlencode({"grant_type": "refresh_token", "refresh_token": rt,
                                   "client_id": cid, "client_secret": sec}).encode()
    with urllib.request.urlopen(TOKEN_URL, data=body, timeout=20) as r:
        return json.load(r)["access_token"]


def get(path, params, tok):
    url = f"{API}{path}?{urllib.parse.urlencode(params)}"
    for delay in (0, 2, 4, 8):
        if delay:
            time.sleep(delay)
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {tok}"})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            if e.code in (403, 429) and b"rateLimit" in e.read():
                continue
            raise
    sys.exit("rate limited, try again in a minute")


def window(kind, tz):
    now = dt.datetime.now(tz)
    start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    end = start + (dt.timedelta(days=7) if kind == "week" else dt.timedelta(days=1))
    return start, end


def parse_time(ev, key):
    v = ev.get(key, {})
    if "dateTime" in v:
        return dt.datetime.fromisoformat(v["dateTime"].replace("Z", "+00:00")), False
    return dt.datetime.fromisoformat(v["date"] + "T00:00:00+00:00"), True


def fetch(kind, tz):
    tok = token()
    start, end = window(kind, tz)
    params = {"timeMin": start.isoformat(), "timeMax": end.isoformat(), "singleEvents": "true",
              "orderBy": "startTime", "maxResults": 250}
    if os.environ.get("GCAL_TZ"):
        params["timeZone"] = os.environ["GCAL_TZ"]
    cal = urllib.parse.quote(os.environ.get("GCAL_ID", "primary"))
    items = get(f"/calendars/{cal}/events", params, tok).get("items", [])
    events = []
    for ev in items:
        if ev.get("status") == "cancelled":
            continue
        s, allday = parse_time(ev, "start")
        e, _ = parse_time(ev, "end")
        events.append({
            "id": ev.get("id"), "title": ev.get("summary", "(no title)"), "start": s.isoformat(),
            "end": e.isoformat(), "allDay": allday, "location": ev.get("location"),
            "description": ev.get("description"), "recurring": bool(ev.get("recurringEventId")),
            "attendees": [a.get("email") for a in ev.get("attendees", [])],
            "conference": (ev.get("conferenceData") or {}).get("entryPoints", []),
        })
    mark_conflicts(events)
    return events


def mark_conflicts(events):
    timed = [e for e in events if not e["allDay"]]
    for i, a in enumerate(timed):
        for b in timed[i + 1:]:
            if b["start"] < a["end"] and a["start"] < b["end"]:
                a["conflict"] = b["conflict"] = True


def render(events):
    allday = [e for e in events if e["allDay"]]
    timed = [e for e in events if not e["allDay"]]
    for e in allday:
        print(f"  [all day] {e['title']}")
    day = None
    for e in timed:
        s = dt.datetime.fromisoformat(e["start"])
        if s.date() != day:
            day = s.date()
            print(f"\n{day:%A %d %B}")
        flag = " ⚠ conflict" if e.get("conflict") else ""
        rec = " ↻" if e["recurring"] else ""
        loc = f" @ {e['location']}" if e.get("location") else ""
        print(f"  {s:%H:%M}–{dt.datetime.fromisoformat(e['end']):%H:%M}  {e['title']}{rec}{loc}{flag}")


def free(events, at, duration, tz):
    h, m = map(int, at.split(":"))
    start = dt.datetime.now(tz).replace(hour=h, minute=m, second=0, microsecond=0)
    end = start + dt.timedelta(minutes=duration)
    clash = [e for e in events if not e["allDay"]
             and dt.datetime.fromisoformat(e["start"]) < end and start < dt.datetime.fromisoformat(e["end"])]
    print("free" if not clash else "busy: " + ", ".join(e["title"] for e in clash))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("view", choices=["today", "week", "free"])
    p.add_argument("--json", action="store_true")
    p.add_argument("--at")
    p.add_argument("--duration", type=int, default=30)
    a = p.parse_args()
    tz = dt.datetime.now().astimezone().tzinfo
    events = fetch("week" if a.view == "week" else "today", tz)
    if a.json:
        json.dump(events, sys.stdout, indent=2, default=str)
    elif a.view == "free":
        free(events, a.at or "09:00", a.duration, tz)
    else:
        render(events)


if __name__ == "__main__":
    main()
