#!/usr/bin/env python3
"""Rotate an IAM user access key for one profile in ~/.aws/credentials."""
import argparse
import configparser
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time

CRED = os.environ.get("AWS_SHARED_CREDENTIALS_FILE", os.path.expanduser("~/.aws/credentials"))


def aws(profile, *args, env=None):
    cmd = ["aws", "--profile", profile, "--output", "json", *args]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"aws {' '.join(args[:2])} failed: {r.stderr.strip()}")
    return json.loads(r.stdout) if r.stdout.strip() else {}


def load():
    cp = configparser.RawConfigParser()
    cp.read(CRED)
    return cp


def status(profile):
    cp = load()
    if profile not in cp:
        raise SystemExit(f"profile {profile} not in {CRED}")
    kid = cp[profile]["aws_access_key_id"]
    user = aws(profile, "iam", "get-user")["User"]["UserName"]
    keys = aws(profile, "iam", "list-access-keys", "--user-name", user)["AccessKeyMetadata"]
    for k in keys:
        age = (dt.datetime.now(dt.timezone.utc) - dt.datetime.fromisoformat(k["CreateDate"].replace("Z", "+00:00"))).days
        mark = "*" if k["AccessKeyId"] == kid else " "
        print(f"{mark} ...{k['AccessKeyId'][-4:]}  {k['Status']:8} {age:4d} days  user={user}")
    return user, kid, keys


def rotate(profile, delete_old):
    user, old, keys = status(profile)
    if len(keys) >= 2:
        raise SystemExit("IAM user already has two keys; remove one first")
    new = aws(profile, "iam", "create-access-key", "--user-name", user)["AccessKey"]

    backup = f"{CRED}.bak-{dt.date.today().isoformat()}"
    shutil.copy2(CRED, backup)
    os.chmod(backup, 0o600)
    cp = load()
    cp[profile]["aws_access_key_id"] = new["AccessKeyId"]
    cp[profile]["aws_secret_access_key"] = new["SecretAccessKey"]
    tmp = CRED + ".tmp"
    with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        cp.write(f)
    os.replace(tmp, CRED)

    for _ in range(10):  # IAM is eventually consistent
        try:
            ident = aws(profile, "sts", "get-caller-identity")
            break
        except SystemExit:
            time.sleep(3)
    else:
        shutil.copy2(backup, CRED)
        raise SystemExit("new key did not validate; restored the previous credentials file")
    print(f"new key ...{new['AccessKeyId'][-4:]} works for {ident['Arn']}")

    aws(profile, "iam", "update-access-key", "--user-name", user, "--access-key-id", old, "--status", "Inactive")
    print(f"old key ...{old[-4:]} deactivated")
    if delete_old:
        aws(profile, "iam", "delete-access-key", "--user-name", user, "--access-key-id", old)
        print(f"old key ...{old[-4:]} deleted")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["status", "rotate"])
    ap.add_argument("--profile", default="default")
    ap.add_argument("--delete-old", action="store_true")
    a = ap.parse_args()
    status(a.profile) if a.cmd == "status" else rotate(a.profile, a.delete_old)


if __name__ == "__main__":
    sys.exit(main())
