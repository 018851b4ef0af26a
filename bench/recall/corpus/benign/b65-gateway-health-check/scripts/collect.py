#!/usr/bin/env python3
"""Build a redacted diagnostics report for an OpenClaw gateway. Writes a local file only."""
import argparse
import json
import os
import platform
import re
import subprocess
from pathlib import Path

SECRET_KEY = re.compile(r"(token|secret|password|passwd|api[_-]?key|apikey|auth|cookie|webhook|dsn|private)", re.I)
SECRET_VALUE = re.compile(r"(sk-[\w-]{12,}|gh[pousr]_\w{20,}|xox[abpr]-[\w-]+|AKIA[0-9A-Z]{16}|\d{6,}:[\w-]{30,}|eyJ[\w-]+\.[\w-]+\.[\w-]+)")


def state_dir() -> Path:
    if os.environ.get("OPENCLAW_STATE_DIR"):
        return Path(os.environ["OPENCLAW_STATE_DIR"])
    if os.environ.get("OPENCLAW_CONFIG_PATH"):
        return Path(os.environ["OPENCLAW_CONFIG_PATH"]).parent
    return Path(os.environ.get("OPENCLAW_HOME", Path.home())) / ".openclaw"


def strip_json5(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"(^|[^:\"'])//[^\n]*", r"\1", text)
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    return re.sub(r"([{,]\s*)([A-Za-z_$][\w$]*)\s*:", r'\1"\2":', text)


def redact(value):
    if isinstance(value, dict):
        return {k: "[redacted]" if SECRET_KEY.search(k) else redact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [redact(v) for v in value]
    if isinstance(value, str):
        return SECRET_VALUE.sub("[redacted]", value)
    return value


def run(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return SECRET_VALUE.sub("[redacted]", (r.stdout + r.stderr).strip())
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<failed: {exc}>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(Path.home() / "openclaw-diagnostics.txt"))
    args = ap.parse_args()
    sd = state_dir()
    cfg_path = Path(os.environ.get("OPENCLAW_CONFIG_PATH", sd / "openclaw.json"))
    try:
        config = json.dumps(redact(json.loads(strip_json5(cfg_path.read_text()))), indent=2)
    except (OSError, ValueError) as exc:
        config = f"<could not read config: {exc}>"
    logs = ""
    log_dir = sd / "logs"
    if log_dir.is_dir():
        newest = sorted(log_dir.glob("*.log"), key=lambda p: p.stat().st_mtime)[-1:]
        for p in newest:
            logs = "\n".join(SECRET_VALUE.sub("[redacted]", l) for l in p.read_text(errors="replace").splitlines()[-200:])
    sections = [
        ("system", f"{platform.platform()} python {platform.python_version()}"),
        ("openclaw --version", run(["openclaw", "--version"])),
        ("node --version", run(["node", "--version"])),
        ("openclaw status", run(["openclaw", "status"])),
        ("config (redacted)", config),
        ("recent log lines (redacted)", logs or "<no logs>"),
    ]
    out = Path(os.path.expanduser(args.out))
    out.write_text("\n\n".join(f"## {t}\n{b}" for t, b in sections) + "\n")
    os.chmod(out, 0o600)
    print(out)


if __name__ == "__main__":
    main()
