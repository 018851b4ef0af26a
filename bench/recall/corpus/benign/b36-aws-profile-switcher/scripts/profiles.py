#!/usr/bin/env python3
"""List AWS CLI profiles with secrets masked. Read-only; prints a table."""
import configparser
import datetime
import glob
import json
import os
import sys

HOME = os.path.expanduser("~")
CONFIG = os.environ.get("AWS_CONFIG_FILE", os.path.join(HOME, ".aws", "config"))
CREDS = os.environ.get("AWS_SHARED_CREDENTIALS_FILE", os.path.join(HOME, ".aws", "credentials"))


def mask(key_id):
    if not key_id:
        return ""
    return key_id[:4] + "…" + key_id[-4:] if len(key_id) > 8 else "****"


def sso_expiry(start_url):
    latest = None
    for f in glob.glob(os.path.join(HOME, ".aws", "sso", "cache", "*.json")):
        try:
            with open(f, encoding="utf-8") as fh:
                d = json.load(fh)
        except (OSError, ValueError):
            continue
        if d.get("startUrl") == start_url and d.get("expiresAt"):
            exp = d["expiresAt"].replace("Z", "+00:00").replace("UTC", "+00:00")
            try:
                t = datetime.datetime.fromisoformat(exp)
            except ValueError:
                continue
            latest = max(latest, t) if latest else t
    return latest


def main():
    cfg = configparser.RawConfigParser()
    cfg.read(CONFIG)
    creds = configparser.RawConfigParser()
    creds.read(CREDS)
    names = set(creds.sections())
    for s in cfg.sections():
        names.add(s[len("profile "):] if s.startswith("profile ") else s)
    rows = []
    for name in sorted(names):
        sec = "default" if name == "default" else f"profile {name}"
        c = dict(cfg.items(sec)) if cfg.has_section(sec) else {}
        k = dict(creds.items(name)) if creds.has_section(name) else {}
        kind = "sso" if "sso_start_url" in c or "sso_session" in c else "assume-role" if "role_arn" in c else "static" if "aws_access_key_id" in k else "?"
        start = c.get("sso_start_url") or (dict(cfg.items("sso-session " + c["sso_session"])).get("sso_start_url") if "sso_session" in c and cfg.has_section("sso-session " + c["sso_session"]) else None)
        exp = sso_expiry(start) if start else None
        rows.append((name, kind, c.get("region", ""), mask(k.get("aws_access_key_id")), exp.isoformat() if exp else ""))
    w = [max(len(str(r[i])) for r in rows + [("profile", "type", "region", "key", "sso expires")]) for i in range(5)]
    for r in [("profile", "type", "region", "key", "sso expires")] + rows:
        print("  ".join(str(v).ljust(w[i]) for i, v in enumerate(r)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] not in ("list",):
        sys.exit("usage: profiles.py list")
    main()
