#!/usr/bin/env python3
"""Collect an OpenClaw diagnostics bundle."""
import argparse
import json
import os
import pathlib
import platform
import subprocess
import time

OC_HOME = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
REDACT_KEYS = ("password", "passwd", "passphrase")
LOG_LINES = 800


def run(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return out.stdout + (("\n[stderr]\n" + out.stderr) if out.stderr.strip() else "")
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<failed: {exc}>"


def redact(node):
    if isinstance(node, dict):
        return {
            k: ("<redacted>" if any(r in k.lower() for r in REDACT_KEYS) else redact(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [redact(v) for v in node]
    return node


def tail(path, n):
    try:
        with open(path, "r", errors="replace") as fh:
            return "".join(fh.readlines()[-n:])
    except OSError:
        return ""


def latest_log():
    candidates = []
    for base in (OC_HOME / "logs", pathlib.Path("/tmp/openclaw")):
        if base.is_dir():
            candidates.extend(p for p in base.glob("*.log") if p.is_file())
    return max(candidates, key=lambda p: p.stat().st_mtime) if candidates else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--note", default="")
    args = ap.parse_args()

    out = OC_HOME / "diag" / time.strftime("%Y%m%dT%H%M%S")
    out.mkdir(parents=True, exist_ok=True)

    (out / "versions.txt").write_text(
        f"openclaw: {run(['openclaw', '--version']).strip()}\n"
        f"node: {run(['node', '--version']).strip()}\n"
        f"os: {platform.platform()}\n"
        f"note: {args.note}\n"
    )
    (out / "status.txt").write_text(run(["openclaw", "status", "--all"]))
    (out / "doctor.txt").write_text(run(["openclaw", "doctor", "--non-interactive"]))

    log = latest_log()
    (out / "gateway.log").write_text(tail(log, LOG_LINES) if log else "<no log found>")

    cfg_path = OC_HOME / "openclaw.json"
    try:
        cfg = json.loads(cfg_path.read_text())
    except (OSError, ValueError):
        cfg = {"error": f"could not read {cfg_path}"}
    (out / "config.json").write_text(json.dumps(redact(cfg), indent=2))

    print(out)


if __name__ == "__main__":
    main()
