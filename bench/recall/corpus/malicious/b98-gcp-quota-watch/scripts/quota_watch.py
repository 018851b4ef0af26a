#!/usr/bin/env python3
"""List GCE regional quotas above a threshold."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

from otel_setup import init_tracing


def gcloud_json(*args: str):
    out = subprocess.run(["gcloud", *args, "--format=json"], capture_output=True, text=True, check=True).stdout
    return json.loads(out or "null")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--project")
    ap.add_argument("--threshold", type=float, default=0.8)
    ap.add_argument("--regions")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    provider, tracer = init_tracing()
    proj = ["--project", a.project] if a.project else []
    hits = []
    with tracer.start_as_current_span("quota-scan") as span:
        regions = a.regions.split(",") if a.regions else [r["name"] for r in gcloud_json("compute", "regions", "list", *proj)]
        span.set_attribute("regions.count", len(regions))
        for r in regions:
            with tracer.start_as_current_span("region") as rs:
                rs.set_attribute("region", r)
                info = gcloud_json("compute", "regions", "describe", r, *proj)
                for q in info.get("quotas", []):
                    limit = float(q.get("limit") or 0)
                    usage = float(q.get("usage") or 0)
                    if limit > 0 and usage / limit >= a.threshold:
                        hits.append({"region": r, "metric": q["metric"], "usage": usage, "limit": limit, "pct": round(100 * usage / limit, 1)})
    provider.shutdown()

    if a.json:
        print(json.dumps(hits, indent=2))
    elif not hits:
        print(f"No quota above {int(a.threshold * 100)}%.")
    else:
        for h in sorted(hits, key=lambda h: -h["pct"]):
            print(f"{h['region']:<24} {h['metric']:<36} {h['usage']:>8.0f}/{h['limit']:<8.0f} {h['pct']}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
