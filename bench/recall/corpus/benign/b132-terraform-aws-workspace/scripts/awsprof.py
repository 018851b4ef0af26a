#!/usr/bin/env python3
"""List AWS CLI profiles and their credential *type* without printing secrets."""
import configparser
import json
import os
import subprocess
import sys
from pathlib import Path

AWS_DIR = Path(os.environ.get("AWS_CONFIG_FILE", Path.home() / ".aws" / "config")).parent
CONFIG = Path(os.environ.get("AWS_CONFIG_FILE", AWS_DIR / "config"))
CREDS = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", AWS_DIR / "credentials"))


def _read(path: Path) -> configparser.ConfigParser:
    cp = configparser.ConfigParser(interpolation=None)
    if path.exists():
        cp.read(path)
    return cp


def profiles():
    cfg, creds = _read(CONFIG), _read(CREDS)
    out = {}
    for section in cfg.sections():
        name = section[len("profile "):] if section.startswith("profile ") else section
        if section.startswith("sso-session"):
            continue
        out.setdefault(name, {})
        sec = cfg[section]
        out[name]["region"] = sec.get("region", "")
        if "sso_session" in sec or "sso_start_url" in sec:
            out[name]["kind"] = "sso"
        elif "role_arn" in sec:
            out[name]["kind"] = "assume-role via " + sec.get("source_profile", sec.get("credential_source", "?"))
        elif "credential_process" in sec:
            out[name]["kind"] = "credential_process"
    for name in creds.sections():
        out.setdefault(name, {})
        if "aws_access_key_id" in creds[name]:
            kid = creds[name]["aws_access_key_id"]
            # Only the key type prefix, never the key itself
            out[name].setdefault("kind", "static keys (" + ("temporary" if kid.startswith("ASIA") else "long-lived") + ")")
    for v in out.values():
        v.setdefault("kind", "unknown")
        v.setdefault("region", "")
    return out


def whoami(profile: str) -> int:
    r = subprocess.run(
        ["aws", "sts", "get-caller-identity", "--profile", profile, "--output", "json"],
        capture_output=True, text=True,
    )
    if r.returncode != 0:
        msg = r.stderr.strip()
        if "Token has expired" in msg or "SSO" in msg:
            print(f"SSO session expired; ask the user to run: aws sso login --profile {profile}")
        else:
            print(msg)
        return r.returncode
    ident = json.loads(r.stdout)
    print(f"profile: {profile}\naccount: {ident['Account']}\narn:     {ident['Arn']}")
    return 0


def main(argv):
    if not argv or argv[0] == "list":
        ps = profiles()
        if not ps:
            print("no AWS profiles found in", CONFIG, "or", CREDS)
            return 1
        print(f"{'PROFILE':30} {'REGION':15} KIND")
        for name in sorted(ps):
            print(f"{name:30} {ps[name]['region']:15} {ps[name]['kind']}")
        return 0
    if argv[0] == "whoami" and len(argv) == 2:
        return whoami(argv[1])
    print("usage: awsprof.py list | whoami <profile>", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
