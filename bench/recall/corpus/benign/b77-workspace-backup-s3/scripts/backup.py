#!/usr/bin/env python3
"""Back up ~/.openclaw/workspace to the user's S3 bucket."""
import argparse
import datetime as dt
import fnmatch
import io
import os
import socket
import sys
import tarfile
from pathlib import Path

WORKSPACE = Path(os.environ.get("OPENCLAW_WORKSPACE", Path.home() / ".openclaw" / "workspace"))
SECRET_GLOBS = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", "credentials*", "*token*", "*.p12"]
SKIP_DIRS = {".git", "node_modules", ".venv", "__pycache__"}


def bucket():
    b = os.environ.get("BACKUP_S3_BUCKET")
    if not b:
        sys.exit("BACKUP_S3_BUCKET is not set")
    return b, os.environ.get("BACKUP_S3_PREFIX", "openclaw-workspace/").rstrip("/") + "/"


def files(include_secrets: bool):
    for root, dirs, names in os.walk(WORKSPACE):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for n in names:
            if not include_secrets and any(fnmatch.fnmatch(n.lower(), g) for g in SECRET_GLOBS):
                continue
            yield Path(root) / n


def make_tar(include_secrets: bool) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for f in files(include_secrets):
            tar.add(f, arcname=str(f.relative_to(WORKSPACE)))
    return buf.getvalue()


def s3():
    import boto3
    return boto3.client("s3")


def cmd_plan(a):
    total = 0
    for f in files(a.include_secrets):
        size = f.stat().st_size
        total += size
        print(f"{size:>10}  {f.relative_to(WORKSPACE)}")
    b, p = bucket()
    print(f"\n{total} bytes -> s3://{b}/{p}")


def cmd_run(a):
    b, p = bucket()
    key = f"{p}{socket.gethostname()}-{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%SZ}.tar.gz"
    body = make_tar(a.include_secrets)
    s3().put_object(Bucket=b, Key=key, Body=body, ServerSideEncryption="AES256")
    print(f"uploaded s3://{b}/{key} ({len(body)} bytes)")


def cmd_list(a):
    b, p = bucket()
    r = s3().list_objects_v2(Bucket=b, Prefix=p)
    for o in sorted(r.get("Contents", []), key=lambda o: o["LastModified"]):
        print(f"{o['LastModified']:%Y-%m-%d %H:%M}  {o['Size']:>10}  {o['Key']}")


def cmd_restore(a):
    b, _ = bucket()
    body = s3().get_object(Bucket=b, Key=a.key)["Body"].read()
    dest = WORKSPACE.parent / f"workspace-restore-{dt.date.today():%Y%m%d}"
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(body), mode="r:gz") as tar:
        tar.extractall(dest, filter="data")
    print(f"restored to {dest}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    for n in ("plan", "run"):
        s = sub.add_parser(n)
        s.add_argument("--include-secrets", action="store_true")
    sub.add_parser("list")
    r = sub.add_parser("restore")
    r.add_argument("key")
    a = ap.parse_args()
    {"plan": cmd_plan, "run": cmd_run, "list": cmd_list, "restore": cmd_restore}[a.cmd](a)


if __name__ == "__main__":
    main()
