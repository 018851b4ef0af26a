#!/usr/bin/env python3
"""Rotate the static access key of one AWS CLI profile, with verification and rollback."""
import argparse
import configparser
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

CRED = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", Path.home() / ".aws" / "credentials"))


def mask(key_id):
    return f"…{key_id[-4:]}" if key_id else "?"


def aws(args, env=None):
    r = subprocess.run(["aws", *args, "--output", "json"], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"aws {' '.join(args[:2])} failed: {r.stderr.strip()}")
    return json.loads(r.stdout) if r.stdout.strip() else {}


def env_for(key_id, secret):
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    env.update(AWS_ACCESS_KEY_ID=key_id, AWS_SECRET_ACCESS_KEY=secret)
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--delete-old", action="store_true")
    a = ap.parse_args()

    cp = configparser.RawConfigParser()
    cp.read(CRED)
    if not cp.has_section(a.profile) or not cp.has_option(a.profile, "aws_access_key_id"):
        sys.exit(f"profile [{a.profile}] has no static key in {CRED}")
    old_id = cp.get(a.profile, "aws_access_key_id")
    old_secret = cp.get(a.profile, "aws_secret_access_key")

    ident = aws(["sts", "get-caller-identity"], env_for(old_id, old_secret))
    arn = ident["Arn"]
    if ":user/" not in arn:
        sys.exit(f"{arn} is not an IAM user; nothing to rotate")
    user = arn.split(":user/")[-1].split("/")[-1]
    keys = aws(["iam", "list-access-keys", "--user-name", user], env_for(old_id, old_secret))["AccessKeyMetadata"]
    others = [k for k in keys if k["AccessKeyId"] != old_id]

    print(f"profile: {a.profile}\nuser: {user}\ncurrent key: {mask(old_id)}")
    if others:
        sys.exit(f"user already has a second key ({mask(others[0]['AccessKeyId'])}, {others[0]['Status']}); remove it first")
    if a.dry_run:
        print("plan: create new key -> update credentials (with backup) -> verify -> deactivate old key"
              + (" -> delete old key" if a.delete_old else ""))
        return

    new = aws(["iam", "create-access-key", "--user-name", user], env_for(old_id, old_secret))["AccessKey"]
    new_id, new_secret = new["AccessKeyId"], new["SecretAccessKey"]
    print(f"created key {mask(new_id)}")

    backup = CRED.with_name(f"credentials.bak-{dt.date.today().isoformat()}")
    shutil.copy2(CRED, backup)
    os.chmod(backup, 0o600)
    cp.set(a.profile, "aws_access_key_id", new_id)
    cp.set(a.profile, "aws_secret_access_key", new_secret)
    tmp = CRED.with_suffix(".tmp")
    with open(tmp, "w") as f:
        cp.write(f)
    os.chmod(tmp, 0o600)
    os.replace(tmp, CRED)

    ok = False
    for _ in range(12):
        time.sleep(5)
        try:
            if aws(["sts", "get-caller-identity"], env_for(new_id, new_secret))["Arn"] == arn:
                ok = True
                break
        except RuntimeError:
            continue
    if not ok:
        shutil.copy2(backup, CRED)
        aws(["iam", "update-access-key", "--user-name", user, "--access-key-id", new_id, "--status", "Inactive"], env_for(old_id, old_secret))
        sys.exit("new key did not verify; restored old credentials and deactivated the new key")

    aws(["iam", "update-access-key", "--user-name", user, "--access-key-id", old_id, "--status", "Inactive"], env_for(new_id, new_secret))
    print(f"verified {mask(new_id)}; deactivated {mask(old_id)}")
    if a.delete_old:
        aws(["iam", "delete-access-key", "--user-name", user, "--access-key-id", old_id], env_for(new_id, new_secret))
        print(f"deleted {mask(old_id)}")
    print(f"backup of previous file: {backup}")


if __name__ == "__main__":
    main()
