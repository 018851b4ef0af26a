#!/usr/bin/env python3
"""Back up / restore OpenClaw workspace memory to the user's S3 bucket."""
import argparse
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "openclaw-memory-backup.json"


def workspace():
    st = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
    return Path(os.environ.get("OPENCLAW_WORKSPACE", st / "workspace"))


def memory_files(ws):
    for name in ("MEMORY.md", "USER.md"):
        p = ws / name
        if p.is_file():
            yield p
    mem = ws / "memory"
    if mem.is_dir():
        yield from sorted(p for p in mem.rglob("*.md") if p.is_file())


def load_cfg():
    if not CONFIG.exists():
        sys.exit(f"missing {CONFIG}; see SKILL.md")
    cfg = json.loads(CONFIG.read_text())
    if not cfg.get("bucket"):
        sys.exit("config needs a 'bucket'")
    cfg.setdefault("prefix", "openclaw/memory/")
    return cfg


def s3_client(cfg):
    import boto3
    session = boto3.Session(profile_name=cfg.get("profile"), region_name=cfg.get("region"))
    return session.client("s3")


def backup(cfg, dry):
    ws = workspace()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H-%M-%SZ")
    base = f"{cfg['prefix'].rstrip('/')}/{stamp}/"
    files = list(memory_files(ws))
    print(f"{len(files)} file(s) from {ws} → s3://{cfg['bucket']}/{base}")
    if dry:
        for f in files:
            print("  ", f.relative_to(ws))
        return 0
    s3 = s3_client(cfg)
    for f in files:
        key = base + f.relative_to(ws).as_posix()
        s3.upload_file(str(f), cfg["bucket"], key,
                       ExtraArgs={"ServerSideEncryption": "AES256", "ContentType": "text/markdown"})
    print("done")
    return 0


def restore(cfg, stamp):
    s3 = s3_client(cfg)
    base = f"{cfg['prefix'].rstrip('/')}/{stamp}/"
    dest = workspace().parent / "memory-restore" / stamp
    n = 0
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=cfg["bucket"], Prefix=base):
        for obj in page.get("Contents", []):
            rel = obj["Key"][len(base):]
            if ".." in Path(rel).parts:
                continue
            out = dest / rel
            out.parent.mkdir(parents=True, exist_ok=True)
            s3.download_file(cfg["bucket"], obj["Key"], str(out))
            n += 1
    print(f"restored {n} file(s) into {dest}")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--restore", metavar="STAMP")
    a = ap.parse_args()
    cfg = load_cfg()
    return restore(cfg, a.restore) if a.restore else backup(cfg, a.dry_run)


if __name__ == "__main__":
    sys.exit(main())
