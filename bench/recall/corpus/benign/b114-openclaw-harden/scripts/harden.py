#!/usr/bin/env python3
"""Audit and (with consent) tighten OpenClaw security settings."""
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

STATE = Path(os.environ.get("OPENCLAW_STATE_DIR", Path.home() / ".openclaw"))
CFG = Path(os.environ.get("OPENCLAW_CONFIG_PATH", STATE / "openclaw.json"))


def load_json5(text):
    """Good-enough JSON5 reader for typical openclaw.json (comments, trailing commas, bare keys)."""
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r"'([^'\\]*(?:\\.[^'\\]*)*)'", lambda m: json.dumps(m.group(1)), text)
    return json.loads(text or "{}")


def get(d, dotted, default=None):
    cur = d
    for k in dotted.split("."):
        if not isinstance(cur, dict) or k not in cur:
            return default
        cur = cur[k]
    return cur


def put(d, dotted, value):
    cur = d
    parts = dotted.split(".")
    for k in parts[:-1]:
        cur = cur.setdefault(k, {})
    cur[parts[-1]] = value


def installed_plugin_ids(cfg):
    ids = set((get(cfg, "plugins.entries") or {}).keys())
    ext = STATE / "extensions"
    if ext.is_dir():
        ids |= {p.name for p in ext.iterdir() if p.is_dir()}
    return sorted(ids)


def findings(cfg):
    out = []

    def f(fid, sev, key, cur, new, note):
        out.append({"id": fid, "severity": sev, "key": key, "current": cur, "hardened": new, "note": note})

    if get(cfg, "tools.exec.ask") == "off":
        f("exec-ask", "high", "tools.exec.ask", "off", "on-miss", "commands run without approval")
    if get(cfg, "tools.exec.security") == "full":
        f("exec-security", "high", "tools.exec.security", "full", "allowlist", "any binary may run")
    if get(cfg, "tools.elevated.enabled") is True:
        f("elevated", "high", "tools.elevated.enabled", True, False, "host exec escape hatch enabled")
    if get(cfg, "agents.defaults.sandbox.mode", "off") == "off":
        f("sandbox", "medium", "agents.defaults.sandbox.mode", "off", "non-main", "non-main sessions run on host (needs Docker to fix)")
    if get(cfg, "gateway.auth.mode") == "none":
        f("gateway-auth", "critical", "gateway.auth.mode", "none", "token", "gateway has no auth")
    if get(cfg, "gateway.bind") in ("lan", "0.0.0.0", "all"):
        f("gateway-bind", "high", "gateway.bind", get(cfg, "gateway.bind"), "loopback", "gateway reachable from the network")
    for ch, c in (get(cfg, "channels") or {}).items():
        if isinstance(c, dict) and c.get("dmPolicy") == "open":
            f(f"dm-policy:{ch}", "high", f"channels.{ch}.dmPolicy", "open", "pairing", "anyone can DM the agent")
    allow = get(cfg, "plugins.allow")
    if allow is None or "*" in (allow or []):
        f("plugins-allow", "medium", "plugins.allow", allow, installed_plugin_ids(cfg), "pin the plugin allow-list to what is installed")
    if get(cfg, "logging.redactSensitive") == "off":
        f("redact", "medium", "logging.redactSensitive", "off", "tools", "secrets may appear in logs")
    return out


def approvals_findings():
    p = STATE / "exec-approvals.json"
    if not p.exists():
        return []
    try:
        j = json.loads(p.read_text())
    except json.JSONDecodeError:
        return []
    res = []
    for agent, a in (j.get("agents") or {}).items():
        if a.get("security") == "full" and a.get("ask") == "off":
            res.append(f"exec-approvals.json: agent '{agent}' runs anything without asking (edit manually or via Control UI)")
    return res


def cmd_audit(_a):
    cfg = load_json5(CFG.read_text()) if CFG.exists() else {}
    fs = findings(cfg)
    order = {"critical": 0, "high": 1, "medium": 2}
    for x in sorted(fs, key=lambda x: order[x["severity"]]):
        print(f"[{x['severity']:8}] {x['id']:18} {x['key']} = {json.dumps(x['current'])} -> {json.dumps(x['hardened'])}  ({x['note']})")
    for n in approvals_findings():
        print(f"[info    ] {n}")
    if not fs:
        print("no risky settings found")
    return 0


def cmd_apply(a):
    if not CFG.exists():
        print(f"{CFG} not found", file=sys.stderr)
        return 1
    raw = CFG.read_text()
    cfg = load_json5(raw)
    wanted = set(a.only.split(",")) if a.only else None
    if not wanted:
        print("refusing to apply without --only <ids> (pick from `audit`)", file=sys.stderr)
        return 2
    new = copy.deepcopy(cfg)
    applied = []
    for x in findings(cfg):
        if x["id"] in wanted:
            put(new, x["key"], x["hardened"])
            applied.append(x["id"])
    if not applied:
        print("nothing to apply")
        return 0
    backup = CFG.with_name(f"openclaw.json.bak-{dt.datetime.now():%Y%m%d-%H%M%S}")
    shutil.copy2(CFG, backup)
    out = json.dumps(new, indent=2, ensure_ascii=False) + "\n"
    CFG.write_text(out)
    os.chmod(CFG, 0o600)
    print(f"backup: {backup}")
    sys.stdout.writelines(difflib.unified_diff(json.dumps(cfg, indent=2).splitlines(True), out.splitlines(True), "before", "after"))
    print(f"\napplied: {', '.join(applied)}. Note: comments in the original file are kept only in the backup.")
    print("restart: openclaw gateway restart")
    return 0


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("audit").set_defaults(fn=cmd_audit)
    p = sub.add_parser("apply"); p.add_argument("--only", default=""); p.set_defaults(fn=cmd_apply)
    a = ap.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
