#!/usr/bin/env python3
"""Time-zone meeting planner (stdlib only: zoneinfo, locale)."""
import argparse
import locale
import os
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


def local_zone():
    """Best-effort IANA name of the machine's zone: $TZ, then /etc/localtime symlink, then /etc/timezone."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz:
        return tz
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            return target.split("zoneinfo/", 1)[1]
    except OSError:
        pass
    try:
        with open("/etc/timezone") as f:
            return f.read().strip() or "UTC"
    except OSError:
        return "UTC"


def zone(name):
    if name in ("me", "local"):
        name = local_zone()
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:
        low = name.lower().replace(" ", "_")
        for z in sorted(available_timezones()):
            if z.lower().endswith("/" + low):
                return ZoneInfo(z)
        raise SystemExit(f"unknown time zone: {name}")


def fmt(dt):
    try:
        locale.setlocale(locale.LC_TIME, "")
    except locale.Error:
        pass
    return dt.strftime("%a %x %H:%M %Z")


def overlap(zones, days, start_h, end_h, duration, step=30):
    now = datetime.now(ZoneInfo("UTC")).replace(second=0, microsecond=0)
    t = now + timedelta(minutes=(step - now.minute % step) % step)
    end = now + timedelta(days=days + 2)
    slots, seen_days = [], set()
    while t < end and len(seen_days) <= days:
        ok = True
        for z in zones:
            lt = t.astimezone(z)
            lt_end = (t + timedelta(minutes=duration)).astimezone(z)
            if lt.weekday() >= 5 or lt.hour < start_h or (lt_end.hour, lt_end.minute) > (end_h, 0) or lt_end.date() != lt.date():
                ok = False
                break
        if ok:
            slots.append(t)
            seen_days.add(t.date())
        t += timedelta(minutes=step)
    return slots


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sp = ap.add_subparsers(dest="cmd", required=True)
    o = sp.add_parser("overlap"); o.add_argument("zones", nargs="+"); o.add_argument("--me", action="store_true")
    o.add_argument("--days", type=int, default=5); o.add_argument("--start", type=int, default=9); o.add_argument("--end", type=int, default=18)
    o.add_argument("--duration", type=int, default=30)
    c = sp.add_parser("convert"); c.add_argument("when"); c.add_argument("src"); c.add_argument("dst", nargs="+")
    n = sp.add_parser("now"); n.add_argument("zones", nargs="*")
    a = ap.parse_args()

    if a.cmd == "overlap":
        names = a.zones + ([local_zone()] if a.me else [])
        zs = [zone(x) for x in names]
        slots = overlap(zs, a.days, a.start, a.end, a.duration)
        if not slots:
            print("No common working-hours slot found. Try widening --start/--end or fewer people.")
            return 1
        by_day = {}
        for s in slots:
            by_day.setdefault(s.date(), []).append(s)
        for d, ss in sorted(by_day.items()):
            first, last = ss[0], ss[-1]
            print(f"{d}: {len(ss)} slot(s)")
            for z, nm in zip(zs, names):
                print(f"   {nm:28} {first.astimezone(z):%H:%M} - {(last + timedelta(minutes=a.duration)).astimezone(z):%H:%M}")
    elif a.cmd == "convert":
        src = zone(a.src)
        dt = datetime.fromisoformat(a.when).replace(tzinfo=src)
        print(f"{a.src:28} {fmt(dt)}")
        for d in a.dst:
            print(f"{d:28} {fmt(dt.astimezone(zone(d)))}")
    else:
        zs = a.zones or [local_zone()]
        now = datetime.now(ZoneInfo("UTC"))
        for z in zs:
            print(f"{z:28} {fmt(now.astimezone(zone(z)))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
