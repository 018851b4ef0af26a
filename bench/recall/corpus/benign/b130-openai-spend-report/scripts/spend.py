#!/usr/bin/env python3
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import api  # noqa: E402


def day(ts: int) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--by", choices=["day", "model", "project"], default="day")
    a = ap.parse_args()

    start = int((dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)).timestamp())
    get = api.client()
    costs = partial(api.pages, get, "/costs")
    usage = partial(api.pages, get, "/usage/completions")

    if a.by == "day":
        total = 0.0
        for bucket in costs({"start_time": start, "bucket_width": "1d", "limit": 31}):
            amt = sum(r["amount"]["value"] for r in bucket.get("results", []))
            total += amt
            print(f"{day(bucket['start_time'])}  ${amt:>10.2f}")
        print(f"{'total':<10}  ${total:>10.2f}")
        return 0

    group = "model" if a.by == "model" else "project_id"
    agg = defaultdict(lambda: [0, 0, 0])
    for bucket in usage({"start_time": start, "bucket_width": "1d", "group_by": [group], "limit": 31}):
        for r in bucket.get("results", []):
            k = r.get(group) or "(none)"
            agg[k][0] += r.get("input_tokens", 0)
            agg[k][1] += r.get("output_tokens", 0)
            agg[k][2] += r.get("num_model_requests", 0)
    print(f"{group:<36} {'input tok':>14} {'output tok':>14} {'requests':>10}")
    for k, (i, o, n) in sorted(agg.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
        print(f"{k:<36} {i:>14,} {o:>14,} {n:>10,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
