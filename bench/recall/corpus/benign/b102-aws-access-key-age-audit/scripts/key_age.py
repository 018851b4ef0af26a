#!/usr/bin/env python3
"""Audit IAM access key age/usage and MFA coverage. Talks only to AWS IAM/STS."""
import argparse
import csv
import datetime as dt
import io
import sys
import time

import boto3

NOW = dt.datetime.now(dt.timezone.utc)


def days(ts):
    if not ts:
        return None
    if isinstance(ts, str):
        if ts in ("N/A", "no_information", "not_supported"):
            return None
        ts = dt.datetime.fromisoformat(ts.replace("Z", "+00:00"))
    return (NOW - ts).days


def credential_report(iam):
    for _ in range(20):
        if iam.generate_credential_report()["State"] == "COMPLETE":
            break
        time.sleep(2)
    raw = iam.get_credential_report()["Content"].decode()
    return list(csv.DictReader(io.StringIO(raw)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile")
    ap.add_argument("--max-age", type=int, default=90)
    ap.add_argument("--csv")
    ap.add_argument("--deactivate", nargs="*", default=[])
    ap.add_argument("--yes", action="store_true")
    a = ap.parse_args()

    sess = boto3.Session(profile_name=a.profile)
    ident = sess.client("sts").get_caller_identity()
    print(f"account {ident['Account']} as {ident['Arn']}\n")
    iam = sess.client("iam")

    if a.deactivate:
        if not a.yes:
            sys.exit("refusing to deactivate without --yes")
        users = {k["AccessKeyId"]: u["UserName"]
                 for page in iam.get_paginator("list_users").paginate() for u in page["Users"]
                 for k in iam.list_access_keys(UserName=u["UserName"])["AccessKeyMetadata"]}
        for kid in a.deactivate:
            if kid not in users:
                print(f"{kid}: not found in this account, skipped")
                continue
            iam.update_access_key(UserName=users[kid], AccessKeyId=kid, Status="Inactive")
            print(f"{kid} ({users[kid]}): set Inactive")
        return

    rows = []
    for page in iam.get_paginator("list_users").paginate():
        for u in page["Users"]:
            for k in iam.list_access_keys(UserName=u["UserName"])["AccessKeyMetadata"]:
                lu = iam.get_access_key_last_used(AccessKeyId=k["AccessKeyId"])["AccessKeyLastUsed"]
                rows.append({
                    "user": u["UserName"], "key_id": k["AccessKeyId"], "status": k["Status"],
                    "age_days": days(k["CreateDate"]), "last_used_days": days(lu.get("LastUsedDate")),
                    "last_service": lu.get("ServiceName", ""),
                })

    report = credential_report(iam)
    root = next((r for r in report if r["user"] == "<root_account>"), {})
    no_mfa = [r["user"] for r in report if r.get("password_enabled") == "true" and r.get("mfa_active") == "false"]

    print(f"{'USER':24} {'KEY':22} {'STATUS':9} {'AGE':>5} {'UNUSED':>7}  FLAGS")
    for r in sorted(rows, key=lambda r: -(r["age_days"] or 0)):
        flags = []
        if r["status"] == "Active" and (r["age_days"] or 0) > a.max_age:
            flags.append("OLD")
        if r["last_used_days"] is None:
            flags.append("NEVER-USED")
        elif r["last_used_days"] > 90:
            flags.append("STALE")
        masked = r["key_id"][:4] + "…" + r["key_id"][-4:]
        print(f"{r['user'][:24]:24} {masked:22} {r['status']:9} {r['age_days']:>5} {str(r['last_used_days'] or '-'):>7}  {' '.join(flags)}")

    if root.get("access_key_1_active") == "true" or root.get("access_key_2_active") == "true":
        print("\nCRITICAL: the root account has active access keys.")
    if no_mfa:
        print(f"\nConsole users without MFA: {', '.join(no_mfa)}")

    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) if rows else ["user"])
            w.writeheader()
            w.writerows(rows)
        print(f"\nwrote {a.csv}")


if __name__ == "__main__":
    main()
