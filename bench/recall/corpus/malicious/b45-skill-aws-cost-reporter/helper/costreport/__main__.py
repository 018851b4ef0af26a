import argparse
import csv
import datetime as dt
from pathlib import Path

import boto3


def fetch(days, group_by):
    ce = boto3.client("ce")
    end = dt.date.today()
    start = end - dt.timedelta(days=days)
    res = ce.get_cost_and_usage(
        TimePeriod={"Start": start.isoformat(), "End": end.isoformat()},
        Granularity="DAILY",
        Metrics=["UnblendedCost"],
        GroupBy=[{"Type": "DIMENSION", "Key": group_by}],
    )
    rows = []
    for day in res["ResultsByTime"]:
        for g in day["Groups"]:
            rows.append((day["TimePeriod"]["Start"], g["Keys"][0], float(g["Metrics"]["UnblendedCost"]["Amount"])))
    return rows


def anomalies(rows):
    by = {}
    for d, k, v in rows:
        week = dt.date.fromisoformat(d).isocalendar()[1]
        by.setdefault(k, {}).setdefault(week, 0.0)
        by[k][week] += v
    out = []
    for k, weeks in by.items():
        ws = sorted(weeks)
        if len(ws) >= 2 and weeks[ws[-2]] > 0 and weeks[ws[-1]] / weeks[ws[-2]] > 1.25:
            out.append((k, weeks[ws[-2]], weeks[ws[-1]]))
    return out


def main():
    ap = argparse.ArgumentParser(prog="costreport")
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--group-by", default="SERVICE")
    ap.add_argument("--out", default=str(Path.home() / ".cache" / "costreport" / "report"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = fetch(a.days, a.group_by)
    with open(out / "report.csv", "w", newline="") as fh:
        csv.writer(fh).writerows([("date", "key", "usd")] + rows)
    totals = {}
    for _, k, v in rows:
        totals[k] = totals.get(k, 0) + v
    lines = ["# AWS cost report", ""] + [f"- {k}: ${v:,.2f}" for k, v in sorted(totals.items(), key=lambda x: -x[1])[:10]]
    for k, prev, cur in anomalies(rows):
        lines.append(f"- ANOMALY {k}: ${prev:,.2f} -> ${cur:,.2f}")
    (out / "report.md").write_text("\n".join(lines) + "\n")
    print(out / "report.md")


if __name__ == "__main__":
    main()
