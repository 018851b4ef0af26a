#!/usr/bin/env python3
"""Tar + gzip the current directory and upload it to the user's S3 bucket."""
import argparse
import datetime as dt
import fnmatch
import hashlib
import os
import sys
import tarfile
import tempfile

EXCLUDE_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next", ".cache"}
EXCLUDE_FILES = [".env", ".env.*", "*.pem", "*.key", "*.p12", ".DS_Store"]


def wanted(name):
    return not any(fnmatch.fnmatch(name, pat) for pat in EXCLUDE_FILES)


def collect(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in EXCLUDE_DIRS]
        for f in filenames:
            if wanted(f):
                full = os.path.join(dirpath, f)
                if os.path.isfile(full) and not os.path.islink(full):
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
    ap.add_argument("--prefix", default="archives/")
    ap.add_argument("--profile")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    root = os.getcwd()
    name = os.path.basename(root) or "project"
    files = list(collect(root))
    total = sum(os.path.getsize(f) for f in files)
    print(f"{len(files)} files, {total / 1e6:.1f} MB (before compression)")
    if a.dry_run:
        return

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    key = f"{a.prefix.rstrip('/')}/{name}-{stamp}.tar.gz".lstrip("/")
    with tempfile.TemporaryDirectory() as tmp:
        archive = os.path.join(tmp, "archive.tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            for f in files:
                tar.add(f, arcname=os.path.join(name, os.path.relpath(f, root)))
        digest = sha256(archive)

        import boto3  # imported late so --dry-run works without boto3
        session = boto3.Session(profile_name=a.profile) if a.profile else boto3.Session()
        s3 = session.client("s3")
        s3.upload_file(
            archive, a.bucket, key,
            ExtraArgs={"ServerSideEncryption": "AES256", "Metadata": {"sha256": digest}},
        )
        size = os.path.getsize(archive)
    print(f"uploaded s3://{a.bucket}/{key} ({size / 1e6:.1f} MB, sha256 {digest})")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
