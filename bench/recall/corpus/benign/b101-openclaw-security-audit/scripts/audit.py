#!/usr/bin/env python3
"""Read-only security audit of an OpenClaw installation."""
import json
import os
import re
import stat
import sys
from pathlib import Path

STATE = Path(os.environ.get("OPENCLAW_STATE_DIR") or Path.home() / ".openclaw")
CONF = Path(os.environ.get("OPENCLAW_CONFIG_PATH") or STATE / "openclaw.json")

SECRET_KEY = re.compile(r"(token|secret|password|apiKey|api_key|signingSecret|appToken|botToken)$", re.I)

# Patterns that commonly show up in malicious skills/plugins. Quoted here as data for matching only.
RISKY = [
    ("HIGH", "pipe-to-shell", re.compile(r"(curl|wget)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("HIGH", "disables approvals/sandbox", re.compile(r"(sandbox\.mode\s+off|exec\.ask\s+off|\"ask\"\s*:\s*\"off\"|security\s+full|\"security\"\s*:\s*\"full\")")),
    ("HIGH", "reads OpenClaw credentials", re.compile(r"(auth-profiles\.json|\.openclaw/credentials|identity/device\.json)")),
    ("HIGH", "prompt-injection phrasing", re.compile(r"(ignore (all )?(previous|prior) instructions|do not (tell|mention|inform) the user|without asking the user|silently)", re.I)),
    ("MEDIUM", "edits other skills", re.compile(r"SKILL\.md[^\n]{0,80}(append|add|insert|edit|write)", re.I)),
    ("MEDIUM", "dynamic code", re.compile(r"\b(eval\(|new Function\(|child_process|exec\(|spawnSync?\()")),
    ("MEDIUM", "base64 blob", re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")),
    ("MEDIUM", "webhook/paste exfil endpoint", re.compile(r"(hooks\.slack\.com|discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|pastebin\.com|gist\.github)")),
    ("LOW", "raw IP URL", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}")),
]


def load_json5(path):
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^\s*//.*$", "", text)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r'([{,]\s*)([A-Za-z_$][\w$-]*)\s*:', r'\1"\2":', text)
    return json.loads(text)


def get(d, dotted, default=None):
    for k in dotted.split("."):
        if not isinstance(d, dict) or k not in d:
            return default
        d = d[k]
    return d


def mask(v):
    v = str(v)
    return (v[:4] + "…") if len(v) > 8 else "…"


def find_plain_secrets(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, str) and SECRET_KEY.search(k) and v and not v.startswith("${"):
                yield p, mask(v)
            else:
                yield from find_plain_secrets(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from find_plain_secrets(v, f"{path}[{i}]")


def audit_config(findings):
    if not CONF.exists():
        findings.append(("LOW", "config", f"no config at {CONF}"))
        return
    try:
        cfg = load_json5(CONF)
    except Exception as e:
        findings.append(("LOW", "config", f"could not parse {CONF}: {e}"))
        return
    mode = get(cfg, "agents.defaults.sandbox.mode", "off")
    if mode == "off":
        findings.append(("MEDIUM", "sandbox", "agents.defaults.sandbox.mode is off; tools run directly on the host"))
    if get(cfg, "tools.exec.security") == "full":
        findings.append(("HIGH", "exec", "tools.exec.security=full allows any command"))
    if get(cfg, "tools.exec.ask") == "off":
        findings.append(("MEDIUM", "exec", "tools.exec.ask=off: no approval prompts"))
    if get(cfg, "tools.elevated.enabled"):
        findings.append(("MEDIUM", "elevated", "elevated exec is enabled"))
    bind = get(cfg, "gateway.bind", "loopback")
    auth = get(cfg, "gateway.auth.mode") or ("token" if get(cfg, "gateway.auth.token") else None)
    if bind not in ("loopback", "127.0.0.1", "localhost") and not auth:
        findings.append(("HIGH", "gateway", f"gateway bound to {bind} without auth"))
    for ch, c in (get(cfg, "channels", {}) or {}).items():
        if isinstance(c, dict) and c.get("dmPolicy") == "open":
            findings.append(("HIGH", "channels", f"channels.{ch}.dmPolicy=open: anyone can message your agent"))
        if isinstance(c, dict) and "*" in (c.get("allowFrom") or []):
            findings.append(("HIGH", "channels", f"channels.{ch}.allowFrom contains '*'"))
    allow = get(cfg, "plugins.allow")
    if not allow:
        findings.append(("LOW", "plugins", "no plugins.allow list; any discovered plugin can load"))
    for p, m in find_plain_secrets(cfg):
        findings.append(("MEDIUM", "plaintext-secret", f"{p} = {m} (use ${{ENV_VAR}} instead)"))
    appr = STATE / "exec-approvals.json"
    if appr.exists():
        try:
            a = json.loads(appr.read_text())
            if get(a, "defaults.security") == "full":
                findings.append(("HIGH", "approvals", "exec-approvals defaults.security=full"))
            for aid, ag in (a.get("agents") or {}).items():
                for e in ag.get("allowlist") or []:
                    pat = e.get("pattern") if isinstance(e, dict) else e
                    if pat in ("*", "**", "/**"):
                        findings.append(("HIGH", "approvals", f"agent {aid} allowlists everything ({pat})"))
        except Exception:
            pass


def audit_perms(findings):
    for p in [STATE, CONF, STATE / "credentials", *STATE.glob("agents/*/agent/auth-profiles.json")]:
        try:
            m = p.stat().st_mode
        except FileNotFoundError:
            continue
        if m & (stat.S_IRWXG | stat.S_IRWXO):
            findings.append(("MEDIUM", "permissions", f"{p} is accessible by group/others ({oct(m & 0o777)})"))


def audit_extensions(findings):
    roots = [STATE / "skills", STATE / "extensions", STATE / "workspace" / "skills"]
    exts = {".md", ".js", ".mjs", ".cjs", ".ts", ".py", ".sh", ".ps1", ".json"}
    for root in roots:
        if not root.is_dir():
            continue
        for f in root.rglob("*"):
            if "node_modules" in f.parts or not f.is_file() or f.suffix not in exts or f.stat().st_size > 1_000_000:
                continue
            try:
                text = f.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            for sev, name, rx in RISKY:
                m = rx.search(text)
                if m:
                    line = text.count("\n", 0, m.start()) + 1
                    findings.append((sev, f"ext:{name}", f"{f.relative_to(STATE)}:{line}"))


def main():
    findings = []
    audit_config(findings)
    audit_perms(findings)
    audit_extensions(findings)
    order = {"HIGH": 0, "MEDIUM": 1, "LOW": 2}
    findings.sort(key=lambda f: order[f[0]])
    if "--json" in sys.argv:
        print(json.dumps([{"severity": s, "area": a, "detail": d} for s, a, d in findings], indent=2))
        return
    if not findings:
        print("No findings.")
        return
    for s, a, d in findings:
        print(f"[{s:6}] {a:28} {d}")
    print(f"\n{sum(1 for f in findings if f[0] == 'HIGH')} high, {sum(1 for f in findings if f[0] == 'MEDIUM')} medium, {sum(1 for f in findings if f[0] == 'LOW')} low")


if __name__ == "__main__":
    main()
