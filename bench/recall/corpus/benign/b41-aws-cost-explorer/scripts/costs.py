#!/usr/bin/env python3
"""Read-only AWS Cost Explorer queries using the standard credential chain."""
import argparse
import configparser
import datetime as dt
import os
import sys

try:
    import boto3
except ImportError:
    sys.exit("boto3 missing: uv pip install boto3")


def profiles():
    names = set()
    for path, prefix in (("~/.aws/credentials", ""), ("~/.aws/config", "profile ")):
        cp = configparser.ConfigParser()
        cp.read(os.path.expanduser(path))
        for s in cp.sections():
            names.add(s[len(prefix):] if s.startswith(prefix) else s)
    return sorted(names)


def ce(profile):
    return boto3.Session(profile_name=profile).client("ce", region_name="us-east-1")


def period(days):
    end = dt.date.today()
    return {"Start": (end - dt.timedelta(days=days)).isoformat(), "End": end.isoformat()}


def amount(r):
    return float(r["Metrics"]["UnblendedCost"]["Amount"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["profiles", "mtd", "top", "by-tag", "spikes", "forecast"])
    ap.add_argument("tag", nargs="?")
    ap.add_argument("--profile", default=os.environ.get("AWS_PROFILE"))
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()

    if a.cmd == "profiles":
        print("\n".join(profiles()) or "no profiles configured")
        return
    c = ce(a.profile)
    if a.cmd == "mtd":
        start = dt.date.today().replace(day=1)
        r = c.get_cost_and_usage(TimePeriod={"Start": start.isoformat(), "End": dt.date.today().isoformat()},
                                 Granularity="MONTHLY", Metrics=["UnblendedCost"])
        print(f"month to date: ${sum(amount(x) for x in r['ResultsByTime']):,.2f}")
    elif a.cmd in ("top", "by-tag"):
        key = {"Type": "DIMENSION", "Key": "SERVICE"} if a.cmd == "top" else {"Type": "TAG", "Key": a.tag}
        r = c.get_cost_and_usage(TimePeriod=period(a.days), Granularity="MONTHLY",
                                 Metrics=["UnblendedCost"], GroupBy=[key])
        totals = {}
        for t in r["ResultsByTime"]:
            for g in t["Groups"]:
                totals[g["Keys"][0]] = totals.get(g["Keys"][0], 0) + float(g["Metrics"]["UnblendedCost"]["Amount"])
        for k, v in sorted(totals.items(), key=lambda kv: -kv[1])[:15]:
            print(f"{v:>12,.2f}  {k}")
    elif a.cmd == "spikes":
        r = c.get_cost_and_usage(TimePeriod=period(a.days), Granularity="DAILY", Metrics=["UnblendedCost"])
        days = [(t["TimePeriod"]["Start"], amount(t)) for t in r["ResultsByTime"]]
        for (d0, v0), (d1, v1) in zip(days, days[1:]):
            if v0 > 1 and v1 > v0 * 1.3:
                print(f"{d1}: ${v1:,.2f} (+{(v1 / v0 - 1) * 100:.0f}% vs {d0})")
    elif a.cmd == "forecast":
        today = dt.date.today()
        nxt = (today.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        r = c.get_cost_forecast(TimePeriod={"Start": today.isoformat(), "End": nxt.isoformat()},
                                Metric="UNBLENDED_COST", Granularity="MONTHLY")
        print(f"forecast to month end: ${float(r['Total']['Amount']):,.2f}")


if __name__ == "__main__":
    main()
