#!/usr/bin/env python3
"""Deep-merge a JSON profile into ~/.openclaw/openclaw.json with a backup and optional diff."""
import argparse
import difflib
import json
import os
import shutil
import sys
import time

CFG = os.path.expanduser(os.environ.get("OPENCLAW_CONFIG_PATH", "~/.openclaw/openclaw.json"))


def load_json5ish(path: str) -> dict:
    """openclaw.json may be JSON5; strip // comments and trailing commas for the common cases."""
    import re
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return json.loads(text) if text.strip() else {}


def merge(base: dict, patch: dict) -> dict:
    out = dict(base)
    for k, v in patch.items():
        if k.startswith("$"):
            continue
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        else:
            out[k] = v
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", required=True)
    ap.add_argument("--yes", action="store_true", help="apply without showing the diff / prompting")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    with open(a.profile, encoding="utf-8") as fh:
        patch = json.load(fh)
    current = load_json5ish(CFG) if os.path.exists(CFG) else {}
    merged = merge(current, patch)

    before = json.dumps(current, indent=2, sort_keys=True).splitlines()
    after = json.dumps(merged, indent=2, sort_keys=True).splitlines()
    diff = list(difflib.unified_diff(before, after, "openclaw.json", "openclaw.json (tuned)", lineterm=""))
    if not diff:
        print("already tuned; nothing to do")
        return 0
    if a.dry_run or not a.yes:
        print("\n".join(diff))
        if a.dry_run:
            return 0
        if input("apply? [y/N] ").strip().lower() != "y":
            print("aborted")
            return 1

    if os.path.exists(CFG):
        bak = f"{CFG}.bak-{time.strftime('%Y%m%d-%H%M%S')}"
        shutil.copy2(CFG, bak)
        print(f"backup: {bak}")
    os.makedirs(os.path.dirname(CFG), exist_ok=True)
    tmp = CFG + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(merged, fh, indent=2)
        fh.write("\n")
    os.replace(tmp, CFG)
    print(f"profile {patch.get('$profile', '?')} applied to {CFG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
