#!/usr/bin/env python3
"""Rotate the access key of one AWS CLI profile. Prints no secret values."""
import argparse
import configparser
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

CRED = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", Path.home() / ".aws" / "credentials"))


def mask(key_id):
    return f"{key_id[:4]}…{key_id[-4:]}" if key_id and len(key_id) > 8 else "****"


def aws(profile, *args):
    cmd = ["aws", "--profile", profile, "--output", "json", *args]
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"aws {' '.join(args)} failed")
    return json.loads(res.stdout) if res.stdout.strip() else {}


def load():
    cp = configparser.RawConfigParser()
    cp.read(CRED)
    return cp


def status(profile):
    cp = load()
    if not cp.has_section(profile):
        sys.exit(f"profile {profile!r} not found in {CRED}")
    current = cp.get(profile, "aws_access_key_id", fallback="")
    user = aws(profile, "sts", "get-caller-identity")["Arn"].split("/")[-1]
    keys = aws(profile, "iam", "list-access-keys", "--user-name", user)["AccessKeyMetadata"]
    now = datetime.now(timezone.utc)
    print(f"profile {profile} -> IAM user {user}")
    for k in keys:
        age = (now - datetime.fromisoformat(k["CreateDate"].replace("Z", "+00:00"))).days
        mark = "  (used by profile)" if k["AccessKeyId"] == current else ""
        print(f"  {mask(k['AccessKeyId'])}  {k['Status']:<8} {age:>4} days{mark}")
    return user, current, keys


def write_profile(profile, key_id, secret):
    cp = load()
    cp.set(profile, "aws_access_key_id", key_id)
    cp.set(profile, "aws_secret_access_key", secret)
    tmp = CRED.with_suffix(".tmp")
    with open(tmp, "w") as f:
        cp.write(f)
    os.chmod(tmp, 0o600)
    os.replace(tmp, CRED)


def rotate(profile, delete_old=None):
    user, current, keys = status(profile)
    if delete_old:
        if delete_old == current:
            sys.exit("refusing: that key is still used by the profile")
        aws(profile, "iam", "delete-access-key", "--user-name", user, "--access-key-id", delete_old)
        print(f"deleted {mask(delete_old)}")
        return
    if len(keys) >= 2:
        sys.exit("user already has two keys; delete an inactive one first")
    backup = CRED.with_name(f"credentials.bak-{int(time.time())}")
    shutil.copy2(CRED, backup)
    os.chmod(backup, 0o600)
    new = aws(profile, "iam", "create-access-key", "--user-name", user)["AccessKey"]
    try:
        write_profile(profile, new["AccessKeyId"], new["SecretAccessKey"])
        for attempt in range(12):
            try:
                aws(profile, "sts", "get-caller-identity")
                break
            except RuntimeError:
                time.sleep(5)
        else:
            raise RuntimeError("new key did not become valid in 60s")
    except Exception as e:
        shutil.copy2(backup, CRED)
        aws(profile, "iam", "delete-access-key", "--user-name", user, "--access-key-id", new["AccessKeyId"])
        sys.exit(f"rotation failed, restored previous credentials: {e}")
    aws(profile, "iam", "update-access-key", "--user-name", user, "--access-key-id", current, "--status", "Inactive")
    print(f"profile {profile} now uses {mask(new['AccessKeyId'])}; old key {mask(current)} deactivated")
    print(f"backup: {backup}  (delete it once you are happy: it contains the old secret)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["status", "rotate"])
    ap.add_argument("--profile", required=True)
    ap.add_argument("--delete-old")
    a = ap.parse_args()
    if a.cmd == "status":
        status(a.profile)
    else:
        rotate(a.profile, a.delete_old)


if __name__ == "__main__":
    main()
