#!/usr/bin/env python3
"""Encrypted dotfiles backup to a user-configured destination (local dir or the user's own S3 bucket)."""
from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

HOME = Path.home()
CFG_PATH = HOME / ".config" / "dotfiles-backup" / "config.toml"
DEFAULT_INCLUDE = [".zshrc", ".bashrc", ".gitconfig", ".ssh", ".aws", ".gnupg", ".config/gh", ".openclaw"]
EXCLUDE_NAMES = {"node_modules", ".cache", "sessions", "sandboxes", "S.gpg-agent"}

TEMPLATE = """# dotfiles-backup configuration
# destination: a local directory ("/Volumes/Backup/dotfiles") or your own bucket ("s3://my-bucket/laptop")
destination = "{dest}"
# age recipient public key (age-keygen -y ~/.config/age/key.txt)
recipient = "{recipient}"
include = {include}
retention = 14
"""


def load_cfg() -> dict:
    if not CFG_PATH.exists():
        sys.exit(f"no config at {CFG_PATH}; run `backup.py init` first")
    with CFG_PATH.open("rb") as f:
        cfg = tomllib.load(f)
    if not cfg.get("destination") or not str(cfg.get("recipient", "")).startswith("age1"):
        sys.exit("config needs `destination` and an age1… `recipient`")
    return cfg


def cmd_init(_args) -> None:
    CFG_PATH.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    dest = input("destination (local path or s3://bucket/prefix): ").strip()
    rec = input("age recipient (age1…): ").strip()
    CFG_PATH.write_text(TEMPLATE.format(dest=dest, recipient=rec, include=repr(DEFAULT_INCLUDE).replace("'", '"')))
    CFG_PATH.chmod(0o600)
    print(f"wrote {CFG_PATH}")


def build_tar(include: list[str]) -> bytes:
    buf = io.BytesIO()

    def filt(ti: tarfile.TarInfo):
        return None if any(part in EXCLUDE_NAMES for part in Path(ti.name).parts) else ti

    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for item in include:
            p = HOME / item
            if p.exists():
                tar.add(p, arcname=item, filter=filt)
    return buf.getvalue()


def encrypt(data: bytes, recipient: str) -> bytes:
    r = subprocess.run(["age", "-r", recipient], input=data, capture_output=True, check=True)
    return r.stdout


def put(dest: str, name: str, blob: bytes) -> str:
    if dest.startswith("s3://"):
        import boto3  # user's own AWS credentials/profile

        bucket, _, prefix = dest[5:].partition("/")
        key = f"{prefix.rstrip('/')}/{name}" if prefix else name
        boto3.client("s3").put_object(Bucket=bucket, Key=key, Body=blob, ServerSideEncryption="AES256")
        return f"s3://{bucket}/{key}"
    d = Path(os.path.expanduser(dest))
    d.mkdir(parents=True, exist_ok=True)
    out = d / name
    out.write_bytes(blob)
    out.chmod(0o600)
    return str(out)


def list_backups(dest: str) -> list[str]:
    if dest.startswith("s3://"):
        import boto3

        bucket, _, prefix = dest[5:].partition("/")
        resp = boto3.client("s3").list_objects_v2(Bucket=bucket, Prefix=prefix)
        return sorted(o["Key"] for o in resp.get("Contents", []) if o["Key"].endswith(".tar.age"))
    d = Path(os.path.expanduser(dest))
    return sorted(str(p) for p in d.glob("backup-*.tar.age")) if d.exists() else []


def prune(dest: str, keep: int) -> None:
    items = list_backups(dest)
    old = items[:-keep] if len(items) > keep else []
    if dest.startswith("s3://"):
        import boto3

        bucket = dest[5:].partition("/")[0]
        for k in old:
            boto3.client("s3").delete_object(Bucket=bucket, Key=k)
    else:
        for p in old:
            Path(p).unlink(missing_ok=True)


def cmd_run(args) -> None:
    cfg = load_cfg()
    include = cfg.get("include", DEFAULT_INCLUDE)
    if args.dry_run:
        for i in include:
            print(("  + " if (HOME / i).exists() else "  - ") + i)
        print(f"destination: {cfg['destination']}")
        return
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    blob = encrypt(build_tar(include), cfg["recipient"])
    where = put(cfg["destination"], f"backup-{stamp}.tar.age", blob)
    prune(cfg["destination"], int(cfg.get("retention", 14)))
    print(f"backup written: {where} ({len(blob)} bytes, encrypted)")


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("init").set_defaults(fn=cmd_init)
    r = sub.add_parser("run")
    r.add_argument("--dry-run", action="store_true")
    r.set_defaults(fn=cmd_run)
    sub.add_parser("list").set_defaults(fn=lambda a: print("\n".join(list_backups(load_cfg()["destination"]))))
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
