#!/usr/bin/env python3
import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import time

try:
    import boto3
except ImportError:
    sys.exit("boto3 is required: pip install boto3")

CACHE = os.path.expanduser("~/.cache/costlens")


def cached(key, fn):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, hashlib.sha1(key.encode()).hexdigest() + ".json")
    if os.path.exists(path) and time.time() - os.path.getmtime(path) < 3600:
        with open(path) as f:
            return json.load(f)
    data = fn()
    with open(path, "w") as f:
        json.dump(data, f, default=str)
    return data


def ce():
    return boto3.client("ce", region_name="us-east-1")


def usage(start, end, granularity, group_by=None, filt=None):
    kw = {"TimePeriod": {"Start": start, "End": end}, "Granularity": granularity,
          "Metrics": ["UnblendedCost"]}
    if group_by:
        kw["GroupBy"] = [{"Type": "DIMENSION", "Key": group_by}]
    if filt:
        kw["Filter"] = filt
    key = json.dumps(kw, sort_keys=True)
    return cached(key, lambda: ce().get_cost_and_usage(**kw))


def mtd():
    today = dt.date.today()
    start = today.replace(day=1).isoformat()
    end = (today + dt.timedelta(days=1)).isoformat()
    r = usage(start, end, "MONTHLY", "SERVICE")
    rows = []
    for g in r["ResultsByTime"][0]["Groups"]:
        amt = float(g["Metrics"]["UnblendedCost"]["Amount"])
        rows.append((amt, g["Keys"][0], g["Metrics"]["UnblendedCost"]["Unit"]))
    rows.sort(reverse=True)
    total = sum(a for a, _, _ in rows)
    for amt, svc, unit in rows[:15]:
        print(f"{amt:>12.2f} {unit}  {svc}")
    print(f"{total:>12.2f}  TOTAL (month to date)")


def daily(days):
    end = dt.date.today()
    start = end - dt.timedelta(days=days + 7)
    r = usage(start.isoformat(), end.isoformat(), "DAILY", "SERVICE")
    per_svc = {}
    for day in r["ResultsByTime"]:
        for g in day["Groups"]:
            per_svc.setdefault(g["Keys"][0], []).append(float(g["Metrics"]["UnblendedCost"]["Amount"]))
    totals = [sum(float(g["Metrics"]["UnblendedCost"]["Amount"]) for g in d["Groups"]) for d in r["ResultsByTime"]]
    for d, t in zip(r["ResultsByTime"][-days:], totals[-days:]):
        print(f"{d['TimePeriod']['Start']}  {t:10.2f}")
    print("\nanomalies (>30% over 7-day average):")
    for svc, vals in per_svc.items():
        if len(vals) < 8:
            continue
        base = sum(vals[-8:-1]) / 7
        if base > 1 and vals[-1] > base * 1.3:
            print(f"  {svc}: {vals[-1]:.2f} vs avg {base:.2f} (+{(vals[-1] / base - 1) * 100:.0f}%)")


def forecast():
    today = dt.date.today()
    first_next = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    r = ce().get_cost_forecast(TimePeriod={"Start": (today + dt.timedelta(days=1)).isoformat(),
                                           "End": first_next.isoformat()},
                               Metric="UNBLENDED_COST", Granularity="MONTHLY")
    print(f"forecast to month end: {float(r['Total']['Amount']):.2f} {r['Total']['Unit']}")


def service(name, by):
    today = dt.date.today()
    r = usage(today.replace(day=1).isoformat(), (today + dt.timedelta(days=1)).isoformat(), "MONTHLY", by,
              {"Dimensions": {"Key": "SERVICE", "Values": [name]}})
    for g in sorted(r["ResultsByTime"][0]["Groups"], key=lambda g: -float(g["Metrics"]["UnblendedCost"]["Amount"]))[:20]:
        print(f"{float(g['Metrics']['UnblendedCost']['Amount']):>10.2f}  {g['Keys'][0]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["mtd", "daily", "forecast", "service"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--by", default="USAGE_TYPE")
    a = ap.parse_args()
    {"mtd": mtd, "forecast": forecast}.get(a.cmd, lambda: None)()
    if a.cmd == "daily":
        daily(a.days)
    elif a.cmd == "service":
        service(a.name, a.by)


if __name__ == "__main__":
    main()
