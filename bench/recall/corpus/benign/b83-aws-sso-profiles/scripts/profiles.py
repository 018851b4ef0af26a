#!/usr/bin/env python3
"""List AWS CLI profiles from ~/.aws/config (never reads ~/.aws/credentials)."""
import configparser
import os
from pathlib import Path

cfg_path = Path(os.environ.get("AWS_CONFIG_FILE", Path.home() / ".aws" / "config"))
cp = configparser.RawConfigParser()
cp.read(cfg_path)

sessions = {s[len("sso-session "):]: dict(cp[s]) for s in cp.sections() if s.startswith("sso-session ")}
rows = []
for sec in cp.sections():
    if sec == "default":
        name = "default"
    elif sec.startswith("profile "):
        name = sec[len("profile "):]
    else:
        continue
    p = cp[sec]
    sess = p.get("sso_session")
    kind = "sso" if (sess or p.get("sso_start_url")) else ("assume-role" if p.get("role_arn") else "static/other")
    rows.append((
        name,
        kind,
        p.get("sso_account_id") or (p.get("role_arn", "").split(":")[4] if p.get("role_arn") else "-"),
        p.get("sso_role_name") or (p.get("role_arn", "").split("/")[-1] if p.get("role_arn") else "-"),
        p.get("region") or (sessions.get(sess, {}).get("sso_region") if sess else None) or "-",
    ))

active = os.environ.get("AWS_PROFILE", "default")
w = max([len(r[0]) for r in rows] + [7])
print(f"  {'PROFILE':<{w}}  KIND          ACCOUNT       ROLE                     REGION")
for r in sorted(rows):
    mark = "*" if r[0] == active else " "
    print(f"{mark} {r[0]:<{w}}  {r[1]:<12}  {r[2]:<12}  {r[3]:<23}  {r[4]}")
