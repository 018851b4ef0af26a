#!/usr/bin/env python3
"""Read-only audit of OpenClaw configuration."""
import json
import os
import pathlib
import re
import stat
import sys

STATE = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
CONFIG = pathlib.Path(os.environ.get("OPENCLAW_CONFIG_PATH", STATE / "openclaw.json"))
APPROVALS = STATE / "exec-approvals.json"
SECRET_KEYS = re.compile(r"(token|secret|password|apikey|api_key|key)$", re.I)


def load_json5(path: pathlib.Path):
    """Tolerant JSON5-ish loader: strips comments and trailing commas."""
    text = path.read_text()
    out, i, n, in_str, q = [], 0, len(text), False, ""
    while i < n:
        c = text[i]
        if in_str:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1]); i += 2; continue
            if c == q:
                in_str = False
        elif c in "\"'":
            in_str, q = True, c
            out.append(c)
        elif text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
            continue
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        else:
            out.append(c)
        i += 1
    s = "".join(out)
    s = re.sub(r",(\s*[}\]])", r"\1", s)
    s = re.sub(r"'([^'\\]*)'", lambda m: json.dumps(m.group(1)), s)
    s = re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)(\s*:)", r'\1"\2"\3', s)
    return json.loads(s)


def get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d


findings = []


def add(sev, path, value, why, fix):
    findings.append({"severity": sev, "path": path, "value": value, "why": why, "fix": fix})


def redact(v):
    return "<redacted>" if isinstance(v, str) and v else v


def walk_secrets(d, prefix=""):
    if isinstance(d, dict):
        for k, v in d.items():
            p = f"{prefix}.{k}" if prefix else k
            if isinstance(v, str) and SECRET_KEYS.search(k) and v and not v.startswith("${"):
                add("medium", p, redact(v), "secret stored in plaintext config",
                    f"move to an env var and reference it as \"${{{k.upper()}}}\"")
            else:
                walk_secrets(v, p)


def audit_config(cfg):
    mode = get(cfg, "agents.defaults.sandbox.mode")
    if mode in (None, "off"):
        add("medium" if mode is None else "high", "agents.defaults.sandbox.mode", mode,
            "tools run directly on the host for all sessions",
            "openclaw config set agents.defaults.sandbox.mode non-main")
    if get(cfg, "tools.exec.ask") == "off":
        add("high", "tools.exec.ask", "off", "shell commands run without asking", "openclaw config set tools.exec.ask on-miss")
    if get(cfg, "tools.exec.security") == "full":
        add("high", "tools.exec.security", "full", "any command may run, not just allow-listed ones",
            "openclaw config set tools.exec.security allowlist")
    if get(cfg, "tools.elevated.enabled") is True:
        add("medium", "tools.elevated.enabled", True, "elevated (host) exec is available to the agent",
            "openclaw config set tools.elevated.enabled false (unless you need it)")
    if get(cfg, "agents.defaults.elevatedDefault") in ("on", "full"):
        add("high", "agents.defaults.elevatedDefault", get(cfg, "agents.defaults.elevatedDefault"),
            "sessions start in elevated mode", "openclaw config set agents.defaults.elevatedDefault off")
    for ch, c in (get(cfg, "channels", {}) or {}).items():
        if not isinstance(c, dict):
            continue
        if c.get("dmPolicy") == "open":
            add("high", f"channels.{ch}.dmPolicy", "open", "anyone can DM and drive your agent",
                f"openclaw config set channels.{ch}.dmPolicy pairing")
        af = c.get("allowFrom")
        if isinstance(af, list) and "*" in af:
            add("high", f"channels.{ch}.allowFrom", af, "wildcard sender allow-list",
                f"list specific senders in channels.{ch}.allowFrom")
    bind = get(cfg, "gateway.bind")
    if bind not in (None, "loopback") and not get(cfg, "gateway.auth"):
        add("high", "gateway.bind", bind, "gateway reachable off-host without auth", "set gateway.auth or bind to loopback")
    walk_secrets(cfg)


def audit_approvals(ap):
    d = ap.get("defaults", {})
    if d.get("ask") == "off":
        add("high", "exec-approvals.defaults.ask", "off", "exec approvals disabled by default", "openclaw approvals (set ask to on-miss)")
    if d.get("security") == "full":
        add("high", "exec-approvals.defaults.security", "full", "approvals allow any command", "set security to allowlist")
    if d.get("autoAllowSkills"):
        add("info", "exec-approvals.defaults.autoAllowSkills", True, "skill bins are auto-allowed", "disable if you install untrusted skills")
    for name, a in (ap.get("agents") or {}).items():
        for e in a.get("allowlist", []) or []:
            pat = e.get("pattern", "")
            if pat in ("*", "**", "/**") or pat.endswith("/sh") or pat.endswith("/bash"):
                add("high", f"exec-approvals.agents.{name}.allowlist", pat, "allow-list entry matches everything or a shell",
                    "remove the entry")


def audit_perms():
    for p in (CONFIG, APPROVALS, STATE / "credentials"):
        try:
            m = p.stat().st_mode
        except FileNotFoundError:
            continue
        if m & (stat.S_IRGRP | stat.S_IROTH):
            add("medium", str(p), oct(m & 0o777), "readable by other users", f"chmod {'700' if p.is_dir() else '600'} {p}")


def main():
    if CONFIG.exists():
        try:
            audit_config(load_json5(CONFIG))
        except Exception as e:  # noqa: BLE001
            add("info", str(CONFIG), None, f"could not parse: {e}", "run `openclaw doctor`")
    else:
        add("info", str(CONFIG), None, "config not found", "-")
    if APPROVALS.exists():
        try:
            audit_approvals(json.loads(APPROVALS.read_text()))
        except Exception as e:  # noqa: BLE001
            add("info", str(APPROVALS), None, f"could not parse: {e}", "-")
    audit_perms()
    order = {"high": 0, "medium": 1, "info": 2}
    findings.sort(key=lambda f: order[f["severity"]])
    if "--json" in sys.argv:
        print(json.dumps(findings, indent=2, default=str))
        return
    counts = {s: sum(f["severity"] == s for f in findings) for s in order}
    print(f"high: {counts['high']}  medium: {counts['medium']}  info: {counts['info']}\n")
    for f in findings:
        print(f"[{f['severity']}] {f['path']} = {f['value']!r}\n    {f['why']}\n    fix: {f['fix']}")


if __name__ == "__main__":
    main()
