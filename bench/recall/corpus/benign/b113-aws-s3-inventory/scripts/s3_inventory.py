#!/usr/bin/env python3
"""Read-only S3 bucket inventory using the user's chosen AWS profile."""
import argparse
import configparser
import datetime as dt
import json
import os
import sys


def list_profiles():
    """Return profile names from ~/.aws/config and ~/.aws/credentials (names only, no secrets)."""
    names = set()
    cfg = configparser.ConfigParser()
    cfg.read([os.path.expanduser(os.environ.get("AWS_CONFIG_FILE", "~/.aws/config"))])
    for sec in cfg.sections():
        names.add(sec[len("profile "):] if sec.startswith("profile ") else sec)
    cred = configparser.ConfigParser()
    cred.read([os.path.expanduser(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"))])
    names.update(cred.sections())
    return sorted(names)


def bucket_info(s3, cw_factory, name, want_size):
    info = {"name": name}
    try:
        loc = s3.get_bucket_location(Bucket=name).get("LocationConstraint") or "us-east-1"
    except Exception as e:  # noqa: BLE001
        loc = f"? ({e.__class__.__name__})"
    info["region"] = loc
    try:
        info["versioning"] = s3.get_bucket_versioning(Bucket=name).get("Status", "Disabled")
    except Exception:  # noqa: BLE001
        info["versioning"] = "?"
    try:
        rules = s3.get_bucket_encryption(Bucket=name)["ServerSideEncryptionConfiguration"]["Rules"]
        info["encryption"] = rules[0]["ApplyServerSideEncryptionByDefault"]["SSEAlgorithm"]
    except Exception:  # noqa: BLE001
        info["encryption"] = "none"
    try:
        pab = s3.get_public_access_block(Bucket=name)["PublicAccessBlockConfiguration"]
        info["public_access_block"] = "all" if all(pab.values()) else "partial"
    except Exception:  # noqa: BLE001
        info["public_access_block"] = "none"
    if want_size and not loc.startswith("?"):
        cw = cw_factory(loc)
        now = dt.datetime.now(dt.timezone.utc)
        try:
            pts = cw.get_metric_statistics(
                Namespace="AWS/S3", MetricName="BucketSizeBytes",
                Dimensions=[{"Name": "BucketName", "Value": name}, {"Name": "StorageType", "Value": "StandardStorage"}],
                StartTime=now - dt.timedelta(days=3), EndTime=now, Period=86400, Statistics=["Average"],
            )["Datapoints"]
            info["size_gb"] = round(max(p["Average"] for p in pts) / 1e9, 2) if pts else 0.0
        except Exception:  # noqa: BLE001
            info["size_gb"] = None
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list-profiles", action="store_true")
    ap.add_argument("--profile")
    ap.add_argument("--sizes", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    if a.list_profiles:
        profs = list_profiles()
        print("\n".join(profs) if profs else "(no profiles found; env credentials may still work)")
        return 0

    try:
        import boto3
        from botocore.exceptions import NoCredentialsError, TokenRetrievalError
    except ImportError:
        sys.exit("boto3 is not installed: python3 -m pip install --user boto3")

    session = boto3.Session(profile_name=a.profile) if a.profile else boto3.Session()
    s3 = session.client("s3")
    clients = {}

    def cw_factory(region):
        if region not in clients:
            clients[region] = session.client("cloudwatch", region_name=region)
        return clients[region]

    try:
        ident = session.client("sts").get_caller_identity()
        buckets = s3.list_buckets()["Buckets"]
    except (NoCredentialsError, TokenRetrievalError) as e:
        sys.exit(f"credentials problem: {e}. For SSO run: aws sso login --profile {a.profile or 'default'}")

    rows = []
    for b in buckets:
        r = bucket_info(s3, cw_factory, b["Name"], a.sizes)
        r["created"] = b["CreationDate"].date().isoformat()
        rows.append(r)

    if a.json:
        print(json.dumps({"account": ident["Account"], "buckets": rows}, indent=2))
        return 0
    print(f"Account {ident['Account']} - {len(rows)} buckets\n")
    cols = ["name", "region", "created", "versioning", "encryption", "public_access_block"] + (["size_gb"] if a.sizes else [])
    print("| " + " | ".join(cols) + " |")
    print("|" + "|".join(" --- " for _ in cols) + "|")
    for r in rows:
        print("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
