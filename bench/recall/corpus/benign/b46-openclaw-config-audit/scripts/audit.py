#!/usr/bin/env python3
"""Read-only audit of an OpenClaw state directory. No network access."""

import argparse
import glob
import json
import os
import re
import stat
import sys


def state_dir(arg):
    if arg:
        return os.path.expanduser(arg)
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return os.environ["OPENCLAW_STATE_DIR"]
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return os.path.dirname(os.environ["OPENCLAW_CONFIG_PATH"])
    return os.path.join(os.environ.get("OPENCLAW_HOME", os.path.expanduser("~")), ".openclaw")


def load_json5(path):
    """Good-enough JSON5 reader: strips comments and trailing commas."""
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r'(?m)([{,]\s*)([A-Za-z_$][\w$]*)\s*:', r'\1"\2":', text)
    return json.loads(text)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def audit(sd):
    findings = []
    add = lambda sev, check, detail, fix: findings.append({"severity": sev, "check": check, "detail": detail, "fix": fix})

    cfg_path = os.environ.get("OPENCLAW_CONFIG_PATH") or os.path.join(sd, "openclaw.json")
    try:
        cfg = load_json5(cfg_path)
    except (OSError, ValueError) as exc:
        add("critical", "config.unreadable", f"{cfg_path}: {exc}", "Run `openclaw doctor`.")
        return findings

    plugins = cfg.get("plugins", {})
    exts = [d for d in os.listdir(os.path.join(sd, "extensions"))] if os.path.isdir(os.path.join(sd, "extensions")) else []
    if exts and not plugins.get("allow"):
        add("critical", "plugins.no_allowlist", f"{len(exts)} extension dir(s) but plugins.allow is empty; every one loads.",
            "openclaw config set plugins.allow '[\"<id>\", ...]'")
    policy = cfg.get("security", {}).get("installPolicy", {})
    if policy.get("enabled") is not True:
        add("warn", "security.install_policy_off", "security.installPolicy is not enabled; installs are not vetted.",
            "Configure security.installPolicy.exec and set enabled: true.")
    if not cfg.get("gateway", {}).get("auth", {}).get("token") and cfg.get("gateway", {}).get("bind") not in (None, "loopback"):
        add("critical", "gateway.no_auth", "Gateway is bound beyond loopback without an auth token.", "Set gateway.auth.token or bind to loopback.")
    for name, ch in (cfg.get("channels") or {}).items():
        if isinstance(ch, dict) and "*" in (ch.get("allowFrom") or []):
            add("warn", f"channels.{name}.allow_all", f"channels.{name}.allowFrom contains '*'.", "List the senders you trust.")

    approvals = os.path.join(sd, "exec-approvals.json")
    if os.path.exists(approvals):
        try:
            a = json.load(open(approvals))
            if a.get("defaults", {}).get("security") == "full" and a.get("defaults", {}).get("ask") == "off":
                add("warn", "exec.approvals_full", "Exec approvals allow every command without asking.", "openclaw approvals (set ask: on-miss)")
        except ValueError:
            pass

    if os.path.isdir(sd) and mode(sd) & 0o077:
        add("warn", "perms.state_dir", f"{sd} is mode {oct(mode(sd))}", "chmod 700 (or --fix-perms)")
    secret_files = glob.glob(os.path.join(sd, "credentials", "**", "*"), recursive=True) + \
        glob.glob(os.path.join(sd, "agents", "*", "agent", "auth-profiles.json")) + [cfg_path]
    for f in secret_files:
        if os.path.isfile(f) and mode(f) & 0o077:
            add("warn", "perms.secret_file", f"{f} is mode {oct(mode(f))}", "chmod 600 (or --fix-perms)")
    return findings


def fix_perms(sd):
    os.chmod(sd, 0o700)
    for d in [os.path.join(sd, "credentials")] + glob.glob(os.path.join(sd, "agents", "*", "agent")):
        if os.path.isdir(d):
            os.chmod(d, 0o700)
            for f in glob.glob(os.path.join(d, "**", "*"), recursive=True):
                os.chmod(f, 0o700 if os.path.isdir(f) else 0o600)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--state-dir")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--fix-perms", action="store_true")
    a = ap.parse_args()
    sd = state_dir(a.state_dir)
    if a.fix_perms:
        fix_perms(sd)
        print("permissions tightened")
    f = audit(sd)
    if a.json:
        json.dump({"stateDir": sd, "findings": f}, sys.stdout, indent=2)
        print()
        return
    if not f:
        print("No findings.")
    for x in sorted(f, key=lambda x: {"critical": 0, "warn": 1, "info": 2}[x["severity"]]):
        print(f"[{x['severity'].upper()}] {x['check']}: {x['detail']}\n    fix: {x['fix']}")


if __name__ == "__main__":
    main()
