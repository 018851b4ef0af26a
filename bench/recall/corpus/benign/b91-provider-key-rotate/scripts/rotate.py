#!/usr/bin/env python3
"""Rotate a provider API key in OpenClaw auth-profiles.json files. Never prints key material."""
import argparse
import getpass
import glob
import json
import os
import shutil
import sys
import time
import urllib.request

STATE = os.environ.get("OPENCLAW_STATE_DIR", os.path.expanduser("~/.openclaw"))
CHECK = {
    "openai": ("https://api.openai.com/v1/models", lambda k: {"Authorization": f"Bearer {k}"}),
    "anthropic": ("https://api.anthropic.com/v1/models", lambda k: {"x-api-key": k, "anthropic-version": "2023-06-01"}),
    "openrouter": ("https://openrouter.ai/api/v1/key", lambda k: {"Authorization": f"Bearer {k}"}),
    "google": ("https://generativelanguage.googleapis.com/v1beta/models", lambda k: {"x-goog-api-key": k}),
}


def validate(provider, key):
    url, hdr = CHECK[provider]
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=hdr(key)), timeout=15) as r:
            return r.status == 200
    except Exception as e:
        print(f"validation failed: {getattr(e, 'code', e.__class__.__name__)}", file=sys.stderr)
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", required=True, choices=sorted(CHECK))
    ap.add_argument("--agents", default="all")
    ap.add_argument("--skip-validate", action="store_true")
    a = ap.parse_args()

    key = os.environ.get("NEW_PROVIDER_KEY") or getpass.getpass(f"New {a.provider} API key (hidden): ")
    key = key.strip()
    if not key:
        sys.exit("no key given")
    if not a.skip_validate and not validate(a.provider, key):
        sys.exit("key rejected by provider; nothing changed")

    ids = "*" if a.agents == "all" else a.agents
    changed = 0
    for f in glob.glob(os.path.join(STATE, "agents", ids, "agent", "auth-profiles.json")):
        with open(f) as fh:
            data = json.load(fh)
        profiles = data.get("profiles", {})
        hit = [pid for pid, p in profiles.items() if p.get("provider") == a.provider and p.get("type", "api_key") == "api_key"]
        if not hit:
            continue
        bak = f"{f}.bak-{time.strftime('%Y%m%d-%H%M%S')}"
        shutil.copy2(f, bak)
        os.chmod(bak, 0o600)
        for pid in hit:
            profiles[pid]["key"] = key
        tmp = f + ".tmp"
        with open(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as fh:
            json.dump(data, fh, indent=2)
        os.replace(tmp, f)
        changed += 1
        print(f"updated {len(hit)} profile(s) in {f.replace(os.path.expanduser('~'), '~')} (backup: {os.path.basename(bak)})")
    print(f"done: {changed} file(s) changed" if changed else f"no {a.provider} api_key profiles found")


if __name__ == "__main__":
    main()
