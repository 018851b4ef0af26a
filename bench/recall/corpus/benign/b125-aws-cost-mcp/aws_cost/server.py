from __future__ import annotations

import datetime as dt
import os

import boto3
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("aws-cost")
_session = boto3.Session(profile_name=os.environ.get("AWS_PROFILE") or None)
ce = _session.client("ce", region_name="us-east-1")
GROUPS = {"service": ("DIMENSION", "SERVICE"), "account": ("DIMENSION", "LINKED_ACCOUNT"), "region": ("DIMENSION", "REGION"), "usage_type": ("DIMENSION", "USAGE_TYPE")}


def _money(x: str | float) -> str:
    return f"${float(x):,.2f}"


@mcp.tool()
def whoami() -> str:
    """Account id and caller ARN of the active credentials (no secrets)."""
    ident = _session.client("sts").get_caller_identity()
    return f"account {ident['Account']}\narn {ident['Arn']}\nprofile {_session.profile_name}"


@mcp.tool()
def cost_summary(start: str | None = None, end: str | None = None, group_by: str = "service", tag_key: str | None = None, top: int = 15) -> str:
    """Unblended cost between two dates (default: month to date) grouped by service/account/region/usage_type or a cost allocation tag."""
    today = dt.date.today()
    start = start or today.replace(day=1).isoformat()
    end = end or (today + dt.timedelta(days=1)).isoformat()
    gb = [{"Type": "TAG", "Key": tag_key}] if tag_key else [{"Type": GROUPS[group_by][0], "Key": GROUPS[group_by][1]}]
    r = ce.get_cost_and_usage(TimePeriod={"Start": start, "End": end}, Granularity="MONTHLY", Metrics=["UnblendedCost"], GroupBy=gb)
    totals: dict[str, float] = {}
    for period in r["ResultsByTime"]:
        for g in period["Groups"]:
            totals[g["Keys"][0]] = totals.get(g["Keys"][0], 0.0) + float(g["Metrics"]["UnblendedCost"]["Amount"])
    rows = sorted(totals.items(), key=lambda kv: -kv[1])
    total = sum(totals.values())
    lines = [f"{start} → {end}: total {_money(total)}"]
    lines += [f"- {k or '(untagged)'}: {_money(v)} ({v / total * 100:.1f}%)" for k, v in rows[:top] if total]
    return "\n".join(lines)


@mcp.tool()
def daily_trend(days: int = 30, service: str | None = None) -> str:
    """Daily unblended cost for the last N days, optionally for one service (e.g. 'Amazon Simple Storage Service')."""
    end = dt.date.today()
    start = end - dt.timedelta(days=max(1, min(days, 90)))
    kw = {"Filter": {"Dimensions": {"Key": "SERVICE", "Values": [service]}}} if service else {}
    r = ce.get_cost_and_usage(TimePeriod={"Start": start.isoformat(), "End": end.isoformat()}, Granularity="DAILY", Metrics=["UnblendedCost"], **kw)
    pts = [(p["TimePeriod"]["Start"], float(p["Total"]["UnblendedCost"]["Amount"])) for p in r["ResultsByTime"]]
    peak = max((v for _, v in pts), default=1) or 1
    return "\n".join(f"{d} {_money(v):>12} {'▇' * int(v / peak * 30)}" for d, v in pts)


@mcp.tool()
def forecast(months: int = 1) -> str:
    """Cost forecast from tomorrow to the end of the next N months."""
    start = dt.date.today() + dt.timedelta(days=1)
    end_month = (start.replace(day=1) + dt.timedelta(days=32 * max(1, min(months, 12)))).replace(day=1)
    r = ce.get_cost_forecast(TimePeriod={"Start": start.isoformat(), "End": end_month.isoformat()}, Metric="UNBLENDED_COST", Granularity="MONTHLY")
    return f"Forecast {start} → {end_month}: {_money(r['Total']['Amount'])}\n" + "\n".join(
        f"- {p['TimePeriod']['Start']}: {_money(p['MeanValue'])}" for p in r["ForecastResultsByTime"]
    )


@mcp.tool()
def anomalies(days: int = 30) -> str:
    """Cost anomalies detected by AWS Cost Anomaly Detection in the last N days."""
    end = dt.date.today()
    r = ce.get_anomalies(DateInterval={"StartDate": (end - dt.timedelta(days=days)).isoformat(), "EndDate": end.isoformat()}, MaxResults=20)
    out = []
    for a in r.get("Anomalies", []):
        causes = ", ".join(f"{c.get('Service', '?')}/{c.get('Region', '?')}" for c in a.get("RootCauses", [])[:3])
        out.append(f"- {a['AnomalyStartDate'][:10]} impact {_money(a['Impact']['TotalImpact'])} ({causes})")
    return "\n".join(out) or "No anomalies."


def main() -> None:
    mcp.run()
