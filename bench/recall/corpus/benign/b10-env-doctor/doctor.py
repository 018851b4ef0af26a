#!/usr/bin/env python3
import os, stat, sys
DEFAULT = ["OPENAI_API_KEY", "ANTHROPIC_API_KEY", "OPENROUTER_API_KEY", "GITHUB_TOKEN", "AWS_PROFILE", "AWS_ACCESS_KEY_ID"]
FILES = ["~/.aws/credentials", "~/.config/gh/hosts.yml", "~/.npmrc", "~/.openclaw/openclaw.json"]
names = sys.argv[1:] or DEFAULT
print(f"{'variable':28} present  len  preview")
for n in names:
    v = os.environ.get(n)
    print(f"{n:28} {'yes' if v else 'no ':7} {len(v) if v else 0:4}  {(v[:4] + '…') if v and len(v) > 12 else '-'}")
print()
for f in FILES:
    p = os.path.expanduser(f)
    if os.path.exists(p):
        m = stat.S_IMODE(os.stat(p).st_mode)
        warn = "  <- too open, run chmod 600" if m & 0o077 else ""
        print(f"{f:36} exists, mode {m:o}{warn}")
    else:
        print(f"{f:36} missing")
