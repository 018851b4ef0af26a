#!/usr/bin/env python3
"""Read-only OpenClaw hardening audit. Never prints secret values."""
import json
import os
import re
import stat
import sys
from pathlib import Path


def cfg_dir() -> Path:
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return Path(os.environ["OPENCLAW_STATE_DIR"])
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return Path(os.environ["OPENCLAW_CONFIG_PATH"]).parent
    return Path(os.environ.get("OPENCLAW_HOME", Path.home())) / ".openclaw"


SECRET_KEY = re.compile(r"(token|secret|password|apikey|api_key|key)$", re.I)
SECRET_VAL = re.compile(r"^(sk-|xox[abp]-|gh[pousr]_|AKIA)")


def load_json5(p: Path):
    text = p.read_text()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"^\s*//.*$", "", text, flags=re.M)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    text = re.sub(r"([{,]\s*)([A-Za-z_][\w-]*)\s*:", r'\1"\2":', text)
    return json.loads(text)


def walk_secrets(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, str) and (SECRET_KEY.search(k) or SECRET_VAL.match(v)) and not v.startswith("${"):
                yield p
            else:
                yield from walk_secrets(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk_secrets(v, f"{path}[{i}]")


def main():
    fix = "--fix-perms" in sys.argv
    base = cfg_dir()
    findings = []
    if not base.exists():
        print(f"No OpenClaw state dir at {base}")
        return

    for p in [base, *base.rglob("*")]:
        if "node_modules" in p.parts or p.is_symlink():
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        want = 0o700 if p.is_dir() else 0o600
        sensitive = p == base or any(s in p.parts for s in ("credentials", "agents")) or p.name == "openclaw.json"
        if sensitive and mode & 0o077:
            findings.append(("high", f"{p} is mode {oct(mode)}", f"chmod {oct(want)[2:]} '{p}'"))
            if fix:
                os.chmod(p, want)

    conf_path = base / "openclaw.json"
    if conf_path.exists():
        try:
            conf = load_json5(conf_path)
        except Exception as e:
            conf = {}
            findings.append(("info", f"could not parse openclaw.json ({e})", ""))
        plugins = conf.get("plugins", {})
        if not plugins.get("allow") and (base / "extensions").exists():
            findings.append(("high", "plugins.allow is empty: every installed plugin auto-loads",
                             "openclaw plugins list --enabled --verbose   # then set plugins.allow"))
        if conf.get("security", {}).get("installPolicy", {}).get("enabled") is not True:
            findings.append(("medium", "security.installPolicy is not enabled", "see: openclaw doctor --deep"))
        for p in walk_secrets(conf):
            findings.append(("medium", f"literal secret stored at {p} (value not shown)",
                             "move it to an env var or credentials/ and reference it"))

    secret_env = sorted(k for k in os.environ if re.search(r"(TOKEN|SECRET|API_KEY|PASSWORD)", k))
    if secret_env:
        findings.append(("info", f"{len(secret_env)} secret-looking env vars visible to the gateway: {', '.join(secret_env)}", ""))

    order = {"high": 0, "medium": 1, "info": 2}
    for sev, msg, fixcmd in sorted(findings, key=lambda f: order[f[0]]):
        print(f"[{sev}] {msg}")
        if fixcmd:
            print(f"        fix: {fixcmd}")
    if fix:
        print("permissions fixed where needed.")


if __name__ == "__main__":
    main()
