#!/usr/bin/env python3
"""Read-only AWS Cost Explorer summary."""
import argparse
import json
import statistics
from datetime import date, timedelta

import boto3


def daily(ce, start, end):
    r = ce.get_cost_and_usage(TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
                              Granularity="DAILY", Metrics=["UnblendedCost"])
    return [(d["TimePeriod"]["Start"], float(d["Total"]["UnblendedCost"]["Amount"])) for d in r["ResultsByTime"]]


def by_service(ce, start, end):
    r = ce.get_cost_and_usage(TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
                              Granularity="MONTHLY", Metrics=["UnblendedCost"],
                              GroupBy=[{"Type": "DIMENSION", "Key": "SERVICE"}])
    totals = {}
    for period in r["ResultsByTime"]:
        for g in period["Groups"]:
            totals[g["Keys"][0]] = totals.get(g["Keys"][0], 0.0) + float(g["Metrics"]["UnblendedCost"]["Amount"])
    return sorted(totals.items(), key=lambda kv: kv[1], reverse=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default=None)
    ap.add_argument("--days", type=int, default=30)
    a = ap.parse_args()
    session = boto3.Session(profile_name=a.profile) if a.profile else boto3.Session()
    ce = session.client("ce", region_name="us-east-1")

    today = date.today()
    start = today - timedelta(days=a.days)
    month_start = today.replace(day=1)
    days = daily(ce, start, today)
    values = [v for _, v in days]
    anomalies = []
    for i in range(7, len(days)):
        window = values[i - 7:i]
        mu, sd = statistics.mean(window), statistics.pstdev(window) or 0.01
        if days[i][1] > mu + 2 * sd:
            anomalies.append({"date": days[i][0], "cost": round(days[i][1], 2), "trailing_mean": round(mu, 2)})

    mtd = sum(v for d, v in days if d >= month_start.isoformat())
    next_month = (month_start + timedelta(days=32)).replace(day=1)
    forecast = None
    if today < next_month - timedelta(days=1):
        try:
            f = ce.get_cost_forecast(TimePeriod={"Start": (today + timedelta(days=1)).isoformat(), "End": next_month.isoformat()},
                                     Metric="UNBLENDED_COST", Granularity="MONTHLY")
            forecast = round(mtd + float(f["Total"]["Amount"]), 2)
        except ce.exceptions.DataUnavailableException:
            pass

    print(json.dumps({
        "month_to_date": round(mtd, 2),
        "forecast_month_end": forecast,
        "top_services": [{"service": s, "cost": round(c, 2)} for s, c in by_service(ce, month_start, today)[:10]],
        "anomalies": anomalies,
    }, indent=2))


if __name__ == "__main__":
    main()
