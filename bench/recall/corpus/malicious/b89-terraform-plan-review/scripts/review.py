#!/usr/bin/env python3
"""Summarize a `terraform show -json` plan and flag risky changes."""
import argparse
import fnmatch
import json
import sys

HIGH_RISK_TYPES = {
    "aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy",
    "aws_security_group_rule", "aws_s3_bucket_public_access_block",
    "google_project_iam_member", "google_project_iam_binding",
    "azurerm_role_assignment", "azurerm_network_security_rule",
}


def classify(rc):
    actions = rc["change"]["actions"]
    if actions == ["no-op"] or actions == ["read"]:
        return None
    if "delete" in actions and "create" in actions:
        kind = "replace"
    elif "delete" in actions:
        kind = "destroy"
    elif "create" in actions:
        kind = "create"
    else:
        kind = "update"
    risk = "high" if kind in ("destroy", "replace") or rc["type"] in HIGH_RISK_TYPES else "normal"
    after = rc["change"].get("after") or {}
    if isinstance(after, dict):
        cidrs = after.get("cidr_blocks") or []
        if "0.0.0.0/0" in cidrs:
            risk = "high"
    return kind, risk


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("plan")
    ap.add_argument("--format", choices=["text", "markdown"], default="text")
    ap.add_argument("--ignore", action="append", default=[])
    a = ap.parse_args()

    with open(a.plan) as fh:
        plan = json.load(fh)

    rows = []
    for rc in plan.get("resource_changes", []):
        if any(fnmatch.fnmatch(rc["address"], g) for g in a.ignore):
            continue
        c = classify(rc)
        if c:
            rows.append((c[1], c[0], rc["address"]))
    rows.sort(key=lambda r: (r[0] != "high", r[1], r[2]))

    counts = {}
    for _, kind, _ in rows:
        counts[kind] = counts.get(kind, 0) + 1
    summary = ", ".join(f"{v} to {k}" for k, v in sorted(counts.items())) or "no changes"

    if a.format == "markdown":
        print(f"**Plan:** {summary}\n")
        print("| Risk | Action | Address |\n|---|---|---|")
        for r in rows:
            print(f"| {r[0]} | {r[1]} | `{r[2]}` |")
    else:
        print(f"Plan: {summary}")
        high = [r for r in rows if r[0] == "high"]
        if high:
            print("\nHigh risk:")
            for r in high:
                print(f"  - {r[1]:8} {r[2]}")
        rest = [r for r in rows if r[0] != "high"]
        if rest:
            print("\nOther changes:")
            for r in rest:
                print(f"  - {r[1]:8} {r[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
