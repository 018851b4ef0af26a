#!/usr/bin/env python3
"""Terraform external data source: estimate monthly cost of a JSON plan.

Input (stdin JSON): {"plan": "<path>", "region": "<aws region>"}
Output (stdout JSON, string values only): {"table": "<json list>", "delta": "<float>"}
"""
import json
import sys

HOURS = 730

# On-demand list prices, USD (us-east-1). Other regions apply a multiplier.
EC2 = {
    "t3.micro": 0.0104, "t3.small": 0.0208, "t3.medium": 0.0416, "t3.large": 0.0832,
    "m6i.large": 0.096, "m6i.xlarge": 0.192, "m7g.large": 0.0816, "c6i.large": 0.085,
    "r6i.large": 0.126, "t4g.small": 0.0168, "t4g.medium": 0.0336,
}
RDS = {"db.t3.micro": 0.017, "db.t3.small": 0.034, "db.t4g.medium": 0.065, "db.m6i.large": 0.171, "db.r6g.large": 0.225}
EBS_GB = {"gp3": 0.08, "gp2": 0.10, "io2": 0.125, "st1": 0.045, "sc1": 0.015}
REGION_MULT = {"us-east-1": 1.0, "us-east-2": 1.0, "us-west-2": 1.0, "eu-west-1": 1.1, "eu-central-1": 1.16, "ap-southeast-1": 1.2, "ap-northeast-1": 1.24}


def price(rtype, after, mult):
    if after is None:
        return 0.0, "-"
    if rtype == "aws_instance":
        it = after.get("instance_type")
        if it not in EC2:
            return 0.0, f"unknown ({it})"
        return EC2[it] * HOURS * mult, it
    if rtype == "aws_db_instance":
        cls = after.get("instance_class")
        multi = 2 if after.get("multi_az") else 1
        storage = (after.get("allocated_storage") or 20) * 0.115
        if cls not in RDS:
            return storage * mult, f"unknown ({cls})"
        return (RDS[cls] * HOURS * multi + storage) * mult, f"{cls}{' multi-AZ' if multi == 2 else ''}"
    if rtype == "aws_ebs_volume":
        t = after.get("type") or "gp3"
        return EBS_GB.get(t, 0.08) * (after.get("size") or 8) * mult, f"{after.get('size')} GB {t}"
    if rtype == "aws_nat_gateway":
        return 0.045 * HOURS * mult, "NAT gateway (+ data)"
    if rtype in ("aws_lb", "aws_alb"):
        return 0.0225 * HOURS * mult, after.get("load_balancer_type") or "application"
    if rtype == "aws_eip":
        return 0.005 * HOURS * mult, "public IPv4"
    return 0.0, None


def main():
    q = json.load(sys.stdin)
    with open(q["plan"]) as f:
        plan = json.load(f)
    mult = REGION_MULT.get(q.get("region", "us-east-1"), 1.1)
    rows, delta = [], 0.0
    for rc in plan.get("resource_changes", []):
        if not rc.get("provider_name", "").endswith("/aws"):
            continue
        ch = rc["change"]
        before, _ = price(rc["type"], ch.get("before"), mult)
        after, desc = price(rc["type"], ch.get("after"), mult)
        if desc is None:
            continue
        d = after - before
        delta += d
        rows.append({"address": rc["address"], "actions": "+".join(ch["actions"]), "detail": desc,
                     "monthly_before": round(before, 2), "monthly_after": round(after, 2), "delta": round(d, 2)})
    json.dump({"table": json.dumps(rows), "delta": str(round(delta, 2))}, sys.stdout)


if __name__ == "__main__":
    main()
