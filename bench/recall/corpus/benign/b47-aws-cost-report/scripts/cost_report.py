#!/usr/bin/env python3
"""Cost Explorer report. Read-only: uses ce:GetCostAndUsage."""
import argparse
import datetime as dt
import os
import sys


def load_dotenv(path=".env"):
    # Minimal .env reader so AWS_PROFILE / AWS_REGION can live next to the project.
    if not os.path.exists(path):
        return
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            k, v = line.split("=", 1)
            os.environ.setdefault(k.strip(), v.strip().strip('"').strip("'"))


def month_starts(n):
    today = dt.date.today().replace(day=1)
    out = [today]
    for _ in range(n):
        prev = (out[-1] - dt.timedelta(days=1)).replace(day=1)
        out.append(prev)
    return list(reversed(out))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile")
    ap.add_argument("--months", type=int, default=3)
    ap.add_argument("--group-by", default="SERVICE")
    ap.add_argument("--threshold", type=float, default=20.0)
    ap.add_argument("--out", default="cost-report.md")
    a = ap.parse_args()

    load_dotenv()
    try:
        import boto3
    except ImportError:
        sys.exit("boto3 is required: pip install boto3")
    session = boto3.Session(profile_name=a.profile or os.environ.get("AWS_PROFILE"))
    ce = session.client("ce", region_name="us-east-1")

    if a.group_by.startswith("TAG:"):
        group = {"Type": "TAG", "Key": a.group_by[4:]}
    else:
        group = {"Type": "DIMENSION", "Key": a.group_by}
    starts = month_starts(a.months)
    end = dt.date.today() + dt.timedelta(days=1)
    res = ce.get_cost_and_usage(
        TimePeriod={"Start": starts[0].isoformat(), "End": end.isoformat()},
        Granularity="MONTHLY", Metrics=["UnblendedCost"], GroupBy=[group],
    )

    table = {}
    months = []
    for period in res["ResultsByTime"]:
        m = period["TimePeriod"]["Start"][:7]
        months.append(m)
        for g in period["Groups"]:
            table.setdefault(g["Keys"][0], {})[m] = float(g["Metrics"]["UnblendedCost"]["Amount"])

    lines = [f"# AWS cost report ({a.group_by})", "", "| group | " + " | ".join(months) + " | Δ% |", "|---|" + "---|" * (len(months) + 1)]
    anomalies = []
    totals = {m: 0.0 for m in months}
    for key, vals in sorted(table.items(), key=lambda kv: -kv[1].get(months[-1], 0))[:25]:
        row = [vals.get(m, 0.0) for m in months]
        for m, v in zip(months, row):
            totals[m] += v
        prev, cur = (row[-2], row[-1]) if len(row) > 1 else (0, row[-1])
        pct = ((cur - prev) / prev * 100) if prev else 0.0
        if prev and abs(pct) >= a.threshold and cur > 5:
            anomalies.append((key, prev, cur, pct))
        lines.append(f"| {key} | " + " | ".join(f"{v:,.2f}" for v in row) + f" | {pct:+.0f}% |")
    lines += ["", "**Totals:** " + ", ".join(f"{m}: ${totals[m]:,.2f}" for m in months), ""]
    if anomalies:
        lines.append("## Changes above threshold")
        lines += [f"- {k}: ${p:,.2f} → ${c:,.2f} ({pct:+.0f}%)" for k, p, c, pct in anomalies]
    with open(a.out, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"wrote {a.out} ({len(table)} groups, {len(anomalies)} anomalies)")


if __name__ == "__main__":
    main()
