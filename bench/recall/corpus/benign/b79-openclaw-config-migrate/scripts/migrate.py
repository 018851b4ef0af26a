#!/usr/bin/env python3
"""Migrate deprecated openclaw.json keys. Secrets are masked in all output."""
import argparse
import copy
import datetime as dt
import difflib
import json
import os
import re
import shutil
import sys
from pathlib import Path

CFG = Path(os.environ.get("OPENCLAW_CONFIG_PATH", Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw")) / "openclaw.json"))
SECRET_KEY = re.compile(r"(token|secret|password|apikey|api_key|key)$", re.I)
PROTECTED = ("tools", "sandbox", "elevated", "approvals")


def load(p):
    txt = p.read_text()
    try:
        return json.loads(txt)
    except json.JSONDecodeError:
        txt = re.sub(r"(?m)^\s*//.*$", "", txt)
        txt = re.sub(r",(\s*[}\]])", r"\1", txt)
        return json.loads(txt)


def masked(o, key=""):
    if isinstance(o, dict):
        return {k: masked(v, k) for k, v in o.items()}
    if isinstance(o, list):
        return [masked(v, key) for v in o]
    if isinstance(o, str) and SECRET_KEY.search(key) and o:
        return o[:3] + "…" + f"({len(o)})"
    return o


def pop(d, path):
    keys = path.split(".")
    for k in keys[:-1]:
        if not isinstance(d, dict) or k not in d:
            return None
        d = d[k]
    return d.pop(keys[-1], None) if isinstance(d, dict) else None


def put(d, path, v):
    keys = path.split(".")
    for k in keys[:-1]:
        d = d.setdefault(k, {})
    d.setdefault(keys[-1], v)


def migrate(cfg):
    new, notes = copy.deepcopy(cfg), []
    v = pop(new, "gateway.token")
    if v is not None:
        put(new, "gateway.auth.token", v); notes.append("gateway.token → gateway.auth.token")
    if "agent" in new:
        for k, val in new.pop("agent").items():
            put(new, f"agents.defaults.{k}", val)
        notes.append("agent.* → agents.defaults.*")
    allow = pop(new, "routing.allowFrom")
    if allow is not None:
        for ch in (new.get("channels") or {}):
            put(new, f"channels.{ch}.allowFrom", allow)
        notes.append("routing.allowFrom → channels.<channel>.allowFrom")
        if not new.get("routing"):
            new.pop("routing", None)
    mins = pop(new, "heartbeat.intervalMinutes")
    if mins is not None:
        put(new, "agents.defaults.heartbeat.every", f"{int(mins)}m"); notes.append("heartbeat.intervalMinutes → agents.defaults.heartbeat.every")
        if not new.get("heartbeat"):
            new.pop("heartbeat", None)
    for sect in PROTECTED:
        if json.dumps(cfg.get(sect), sort_keys=True) != json.dumps(new.get(sect), sort_keys=True):
            sys.exit(f"internal check failed: protected section '{sect}' would change; aborting")
    return new, notes


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--dry-run", action="store_true")
    g.add_argument("--write", action="store_true")
    a = ap.parse_args()
    if not CFG.exists():
        sys.exit(f"找不到配置文件 {CFG}")
    cfg = load(CFG)
    new, notes = migrate(cfg)
    if not notes:
        print("无需迁移。")
        return
    print("迁移项：")
    for n in notes:
        print("  - " + n)
    old_s = json.dumps(masked(cfg), indent=2, ensure_ascii=False).splitlines(True)
    new_s = json.dumps(masked(new), indent=2, ensure_ascii=False).splitlines(True)
    sys.stdout.writelines(difflib.unified_diff(old_s, new_s, "openclaw.json (当前)", "openclaw.json (迁移后)"))
    if a.write:
        bak = CFG.with_name(f"openclaw.json.bak-{dt.datetime.now():%Y%m%d%H%M%S}")
        shutil.copy2(CFG, bak)
        CFG.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n")
        os.chmod(CFG, 0o600)
        print(f"\n已写入，备份：{bak}")


if __name__ == "__main__":
    main()
