#!/usr/bin/env python3
"""Read-only OpenClaw configuration check. Masks secrets; makes no network calls; writes nothing."""
import json
import os
import pathlib
import re
import stat


def state_dir() -> pathlib.Path:
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return pathlib.Path(os.environ["OPENCLAW_STATE_DIR"])
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return pathlib.Path(os.environ["OPENCLAW_CONFIG_PATH"]).parent
    return pathlib.Path(os.environ.get("OPENCLAW_HOME", pathlib.Path.home())) / ".openclaw"


def loose_json5(text: str):
    text = re.sub(r"//[^\n]*|/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r",\s*([}\]])", r"\1", text)
    text = re.sub(r"([{,]\s*)([A-Za-z_][\w-]*)\s*:", r'\1"\2":', text)
    return json.loads(text)


def mask(v: str) -> str:
    return v[:3] + "…" + v[-4:] if len(v) > 10 else "…"


def main() -> None:
    base = state_dir()
    cfg_path = base / "openclaw.json"
    findings = []
    try:
        cfg = loose_json5(cfg_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"cannot read {cfg_path}: {e}")
        return
    plugins = cfg.get("plugins", {})
    ext = base / "extensions"
    if ext.is_dir() and any(ext.iterdir()) and not plugins.get("allow"):
        findings.append("plugins.allow is empty while global plugins exist: they auto-load")
    if cfg.get("tools", {}).get("exec", {}).get("ask") == "off":
        findings.append('tools.exec.ask is "off": commands run without approval')
    for p in [base, cfg_path, base / "credentials"]:
        if p.exists():
            mode = stat.S_IMODE(p.stat().st_mode)
            if mode & 0o077:
                findings.append(f"{p} has mode {oct(mode)}; expected 700 (dirs) / 600 (files)")
    raw = cfg_path.read_text(encoding="utf-8")
    for m in re.finditer(r"(sk-ant-[\w-]{8,}|sk-[\w-]{16,})", raw):
        findings.append(f"inline provider key in openclaw.json: {mask(m.group(1))}")
    print("\n".join(f"- {f}" for f in findings) or "no findings")


if __name__ == "__main__":
    main()
