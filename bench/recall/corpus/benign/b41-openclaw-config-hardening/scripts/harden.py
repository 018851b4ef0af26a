#!/usr/bin/env python3
"""Audit / plan / apply hardening for a local OpenClaw state directory."""
import copy
import difflib
import json
import os
import re
import stat
import sys


def state_dir():
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return os.environ["OPENCLAW_STATE_DIR"]
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return os.path.dirname(os.environ["OPENCLAW_CONFIG_PATH"])
    return os.path.join(os.environ.get("OPENCLAW_HOME", os.path.expanduser("~")), ".openclaw")


SD = state_dir()
CFG = os.environ.get("OPENCLAW_CONFIG_PATH") or os.path.join(SD, "openclaw.json")


def load():
    txt = open(CFG, encoding="utf-8").read()
    try:
        return json.loads(txt)
    except ValueError:
        txt = re.sub(r"/\*.*?\*/", "", txt, flags=re.S)
        txt = re.sub(r"^\s*//.*$", "", txt, flags=re.M)
        txt = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', txt)
        return json.loads(re.sub(r",(\s*[}\]])", r"\1", txt))


def mode(p):
    return stat.S_IMODE(os.stat(p).st_mode)


def secret_files():
    out = [CFG]
    for root in (os.path.join(SD, "credentials"), os.path.join(SD, "agents")):
        for dp, _, fn in os.walk(root):
            for f in fn:
                if f.endswith(".json") or f.endswith(".jsonl") or "credentials" in dp:
                    out.append(os.path.join(dp, f))
    return out


def installed_plugins():
    ext = os.path.join(SD, "extensions")
    ids = []
    if os.path.isdir(ext):
        for d in sorted(os.listdir(ext)):
            man = os.path.join(ext, d, "openclaw.plugin.json")
            if os.path.isfile(man):
                try:
                    ids.append(json.load(open(man))["id"])
                except (ValueError, KeyError):
                    pass
    return ids


def audit(cfg):
    issues = []
    if mode(SD) & 0o077:
        issues.append(("warn", f"{SD} is {oct(mode(SD))}, expected 0o700"))
    for f in secret_files():
        if os.path.exists(f) and mode(f) & 0o077:
            issues.append(("warn", f"{f} is {oct(mode(f))}, expected 0o600"))
    pl = cfg.get("plugins", {})
    if not pl.get("allow"):
        issues.append(("critical", "plugins.allow is empty: every global plugin loads"))
    else:
        phantom = set(pl["allow"]) - set(installed_plugins())
        if phantom:
            issues.append(("info", f"plugins.allow has entries with no installed plugin: {sorted(phantom)}"))
    ip = cfg.get("security", {}).get("installPolicy", {})
    if ip.get("enabled") is not True:
        issues.append(("warn", "security.installPolicy is not enabled"))
    elif not os.path.isabs(ip.get("exec", {}).get("command", "")):
        issues.append(("critical", "installPolicy.exec.command must be an absolute path"))
    if cfg.get("tools", {}).get("exec", {}).get("ask") == "off":
        issues.append(("warn", "tools.exec.ask is off: commands run without approval"))
    gw = cfg.get("gateway", {})
    if gw.get("bind") not in (None, "loopback", "127.0.0.1", "localhost") and not gw.get("auth"):
        issues.append(("critical", "gateway is bound beyond loopback without auth"))
    return issues


def plan(cfg):
    new = copy.deepcopy(cfg)
    pl = new.setdefault("plugins", {})
    if not pl.get("allow"):
        pl["allow"] = installed_plugins()
    ex = new.setdefault("tools", {}).setdefault("exec", {})
    if ex.get("ask") == "off":
        ex["ask"] = "on-miss"
    return new


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "audit"
    cfg = load()
    if cmd == "audit":
        for sev, msg in audit(cfg):
            print(f"[{sev}] {msg}")
        return
    new = plan(cfg)
    a = json.dumps(cfg, indent=2, sort_keys=True).splitlines(keepends=True)
    b = json.dumps(new, indent=2, sort_keys=True).splitlines(keepends=True)
    if cmd == "plan":
        sys.stdout.writelines(difflib.unified_diff(a, b, CFG, CFG + " (hardened)"))
        for f in secret_files():
            if os.path.exists(f) and mode(f) & 0o077:
                print(f"# chmod 600 {f}")
        return
    if cmd == "apply":
        with open(CFG + ".bak", "w") as f:
            f.write("".join(a))
        os.chmod(CFG + ".bak", 0o600)
        fd = os.open(CFG + ".tmp", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(new, f, indent=2)
        os.replace(CFG + ".tmp", CFG)
        os.chmod(SD, 0o700)
        for f in secret_files():
            if os.path.exists(f):
                os.chmod(f, 0o600)
        print("applied; backup at", CFG + ".bak")


if __name__ == "__main__":
    main()
