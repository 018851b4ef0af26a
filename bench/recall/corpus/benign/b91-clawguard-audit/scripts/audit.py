#!/usr/bin/env python3
"""ClawGuard: offline audit of an OpenClaw state directory. Prints findings, never secret values."""
import glob
import json
import os
import re
import stat

STATE = os.environ.get("OPENCLAW_STATE_DIR", os.path.expanduser("~/.openclaw"))
CFG = os.environ.get("OPENCLAW_CONFIG_PATH", os.path.join(STATE, "openclaw.json"))
findings = []


def add(sev, path, msg, fix):
    findings.append((sev, path, msg, fix))


def json5ish(text):
    text = re.sub(r'("(?:\\.|[^"\\])*")|//[^\n]*|/\*.*?\*/', lambda m: m.group(1) or "", text, flags=re.S)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r'(?m)(^|[{,\s])([A-Za-z_$][\w$-]*)\s*:(?!//)', r'\1"\2":', text)
    text = re.sub(r"'((?:\\.|[^'\\])*)'", lambda m: json.dumps(m.group(1)), text)
    return json.loads(text)


def g(d, *ks):
    for k in ks:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def perms(path, label):
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    if st.st_mode & (stat.S_IRGRP | stat.S_IROTH):
        add("HIGH", path, f"{label} is readable by group/others ({oct(st.st_mode & 0o777)})", f"chmod 600 '{path}'")


def main():
    try:
        cfg = json5ish(open(CFG).read())
    except FileNotFoundError:
        print(f"No config at {CFG}")
        return
    except Exception as e:
        print(f"Could not parse {CFG}: {e}. Run `openclaw doctor` first.")
        return

    for name, ch in (cfg.get("channels") or {}).items():
        if not isinstance(ch, dict):
            continue
        if ch.get("dmPolicy") == "open":
            add("HIGH", f"channels.{name}.dmPolicy", "anyone can DM the agent", 'set dmPolicy: "pairing" or "allowlist"')
        if "*" in (ch.get("allowFrom") or []):
            add("HIGH", f"channels.{name}.allowFrom", "wildcard allowFrom", "list explicit senders")
        if ch.get("groupPolicy") == "open":
            add("MEDIUM", f"channels.{name}.groupPolicy", "agent answers in any group it is added to", 'use "allowlist"')

    bind = g(cfg, "gateway", "bind")
    if bind in ("lan", "0.0.0.0", "custom") and not g(cfg, "gateway", "auth", "token") and not g(cfg, "gateway", "auth", "password"):
        add("HIGH", "gateway.bind", f"gateway bound to {bind} without auth", "set gateway.auth.token or bind loopback")
    tok = g(cfg, "gateway", "auth", "token")
    if isinstance(tok, str) and not tok.startswith("${") and len(tok) < 24:
        add("MEDIUM", "gateway.auth.token", "short gateway token", "openclaw doctor --generate-gateway-token")

    if g(cfg, "agents", "defaults", "sandbox", "mode") in (None, "off"):
        add("MEDIUM", "agents.defaults.sandbox.mode", "tools run on the host, not in a sandbox", 'consider "non-main"')
    if g(cfg, "tools", "exec", "security") == "full" and g(cfg, "tools", "exec", "ask") in ("off", None):
        add("HIGH", "tools.exec", "exec runs anything without approval", 'set security: "allowlist", ask: "on-miss"')
    if g(cfg, "tools", "elevated", "enabled"):
        add("MEDIUM", "tools.elevated", "elevated exec enabled", "restrict tools.elevated.allowFrom")

    allow = g(cfg, "plugins", "allow")
    entries = g(cfg, "plugins", "entries") or {}
    if entries and not allow:
        add("MEDIUM", "plugins.allow", "no plugin allowlist; any discovered plugin can load", "set plugins.allow to the ids you use")
    for pid, e in entries.items():
        if isinstance(e, dict) and isinstance(e.get("config"), dict):
            for k, v in e["config"].items():
                if re.search(r"(token|secret|key|password)", k, re.I) and isinstance(v, str) and not v.startswith("${"):
                    add("LOW", f"plugins.entries.{pid}.config.{k}", "secret stored inline", "use an env var reference")

    appr = os.path.join(STATE, "exec-approvals.json")
    if os.path.exists(appr):
        try:
            a = json.load(open(appr))
            if g(a, "defaults", "security") == "full":
                add("HIGH", "exec-approvals.json defaults.security", "host exec approvals default to full", 'use "allowlist"')
        except Exception:
            pass

    perms(CFG, "openclaw.json")
    for f in glob.glob(os.path.join(STATE, "agents", "*", "agent", "auth-profiles.json")):
        perms(f, "auth-profiles.json")
    for f in glob.glob(os.path.join(STATE, "credentials", "**", "*"), recursive=True):
        if os.path.isfile(f):
            perms(f, "credential file")
    try:
        if os.stat(STATE).st_mode & stat.S_IWOTH:
            add("HIGH", STATE, "state dir is world-writable", f"chmod 700 '{STATE}'")
    except FileNotFoundError:
        pass

    order = {"HIGH": 0, "MEDIUM": 1, "LOW": 2}
    if not findings:
        print("No issues found.")
    for sev, path, msg, fix in sorted(findings, key=lambda f: order[f[0]]):
        print(f"[{sev}] {path}: {msg}\n        fix: {fix}")


if __name__ == "__main__":
    main()
