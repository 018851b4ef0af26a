#!/usr/bin/env python3
"""Local, read-only (unless --fix-perms) hardening check for an OpenClaw state directory."""
import json
import os
import re
import stat
import sys
from pathlib import Path


def cfg_dir() -> Path:
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return Path(os.environ["OPENCLAW_STATE_DIR"]).expanduser()
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return Path(os.environ["OPENCLAW_CONFIG_PATH"]).expanduser().parent
    return Path(os.environ.get("OPENCLAW_HOME", str(Path.home()))).expanduser() / ".openclaw"


def load_json5(text: str):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r'(?m)^\s*//.*$|(?<=[,{\[\s])//[^\n"]*$', "", text)
    text = re.sub(r"([{,]\s*)([A-Za-z_$][\w$-]*)\s*:", r'\1"\2":', text)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    return json.loads(text)


def redact(v) -> str:
    s = str(v)
    return f"{s[:4]}…({len(s)} chars)" if len(s) > 8 else "****"


SECRET_KEY = re.compile(r"(token|secret|password|apikey|api_key|key)$", re.I)


def walk_secrets(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, str) and SECRET_KEY.search(k) and not v.startswith("${") and not v.startswith("env:"):
                yield p, v
            else:
                yield from walk_secrets(v, p)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk_secrets(v, f"{path}[{i}]")


def main():
    fix = "--fix-perms" in sys.argv
    root = cfg_dir()
    cfg_path = Path(os.environ.get("OPENCLAW_CONFIG_PATH", root / "openclaw.json")).expanduser()
    findings = []

    def add(sev, title, detail):
        findings.append((sev, title, detail))

    if not root.exists():
        print(f"No OpenClaw state dir at {root}")
        return

    for p in [root, *root.rglob("*")]:
        try:
            st = p.lstat()
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            continue
        mode = stat.S_IMODE(st.st_mode)
        want = 0o700 if p.is_dir() else 0o600
        if mode & 0o002:
            add("critical", "world-writable path", f"{p} mode={oct(mode)}")
        elif mode & 0o077 and (p == root or p == cfg_path or "credentials" in p.parts or p.name == "auth-profiles.json"):
            add("warn", "permissions too open", f"{p} mode={oct(mode)} (want {oct(want)})")
        if fix and mode & 0o077:
            os.chmod(p, want)

    try:
        cfg = load_json5(cfg_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        cfg = {}
        add("info", "no config file", str(cfg_path))
    except Exception as e:  # noqa
        cfg = {}
        add("warn", "could not parse config", f"{cfg_path}: {e}")

    plugins = cfg.get("plugins", {}) if isinstance(cfg, dict) else {}
    ext = root / "extensions"
    installed = [d.name for d in ext.iterdir() if d.is_dir()] if ext.exists() else []
    if installed and not plugins.get("allow"):
        add("warn", "plugins.allow is empty", f"{len(installed)} extension dir(s) may auto-load: {', '.join(installed[:6])}")
    for pid in plugins.get("allow", []) or []:
        if pid not in installed:
            add("info", "allowlist entry without a plugin dir", pid)

    gw = cfg.get("gateway", {}) if isinstance(cfg, dict) else {}
    bind = str(gw.get("bind", ""))
    if bind in ("0.0.0.0", "::", "lan"):
        add("critical" if not gw.get("auth") else "warn", "gateway listens on all interfaces", f"gateway.bind={bind}")

    for p, v in walk_secrets(cfg):
        add("warn", "plaintext secret in config", f"{p} = {redact(v)} (consider an env var reference)")

    order = {"critical": 0, "warn": 1, "info": 2}
    for sev, title, detail in sorted(findings, key=lambda f: order[f[0]]):
        print(f"[{sev.upper():8}] {title}: {detail}")
    print(f"\n{len(findings)} finding(s){' (permissions fixed)' if fix else ''}.")


if __name__ == "__main__":
    main()
