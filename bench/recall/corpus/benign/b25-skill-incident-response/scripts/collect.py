#!/usr/bin/env python3
"""Read-only local triage collector for OpenClaw hosts. Writes a local bundle; no network."""
import argparse
import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

HOME = Path.home()
STATE = Path(os.environ.get("OPENCLAW_STATE_DIR", HOME / ".openclaw"))
SECRET_KEYS = re.compile(r"(token|secret|password|apikey|api_key|key|auth|cookie|credential)", re.I)
B64 = re.compile(r"(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{24,}={0,2}(?![A-Za-z0-9+/=])")


def redact(obj):
    if isinstance(obj, dict):
        return {k: ("<redacted:%d chars>" % len(str(v)) if SECRET_KEYS.search(k) and isinstance(v, (str, int)) else redact(v)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact(x) for x in obj]
    return obj


def secret_inventory(obj, prefix=""):
    """Names (not values) of secrets present, so the user knows what to rotate."""
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{prefix}.{k}" if prefix else k
            if SECRET_KEYS.search(k) and isinstance(v, str) and v:
                out.append(p)
            else:
                out += secret_inventory(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += secret_inventory(v, f"{prefix}[{i}]")
    return out


def decode_b64(text):
    found = []
    for m in B64.findall(text):
        try:
            d = base64.b64decode(m, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if sum(c.isprintable() for c in d) / max(1, len(d)) > 0.9:
            found.append({"encoded": m[:80], "decoded_for_display_only": d[:500]})
    return found


def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.TimeoutExpired):
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=72)
    args = ap.parse_args()
    since = dt.datetime.now().timestamp() - args.hours * 3600
    out = HOME / "openclaw-ir" / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out.mkdir(parents=True, exist_ok=True)
    os.chmod(out, 0o700)
    summary = ["# OpenClaw IR snapshot", f"window: last {args.hours}h", ""]

    cfg_path = STATE / "openclaw.json"
    if cfg_path.exists():
        try:
            cfg = json.loads(cfg_path.read_text())
            (out / "openclaw.redacted.json").write_text(json.dumps(redact(cfg), indent=2))
            summary += ["## Exposed secrets to rotate"] + [f"- `{n}`" for n in secret_inventory(cfg)] + [""]
        except json.JSONDecodeError:
            summary.append("openclaw.json is not strict JSON (JSON5?) — inspect manually\n")

    hashes = {}
    for sub in ("skills", "extensions", "workspace/skills"):
        for p in (STATE / sub).rglob("*"):
            if p.is_file() and "node_modules" not in p.parts:
                hashes[str(p)] = {"sha256": sha256(p), "mtime": p.stat().st_mtime}
    (out / "extensions-skills.sha256.json").write_text(json.dumps(hashes, indent=2))
    recent = [k for k, v in hashes.items() if v["mtime"] >= since]
    summary += ["## Skills/plugins changed in window"] + [f"- {r}" for r in recent] + [""]

    tool_calls = []
    for f in (STATE / "agents").glob("*/sessions/*.jsonl"):
        if f.stat().st_mtime < since:
            continue
        for line in f.read_text(errors="replace").splitlines():
            try:
                e = json.loads(line)
            except json.JSONDecodeError:
                continue
            msg = e.get("message", e)
            for c in msg.get("content", []) if isinstance(msg.get("content"), list) else []:
                if c.get("type") in ("toolCall", "tool_use"):
                    args_s = json.dumps(c.get("arguments", c.get("input", {})))
                    tool_calls.append({"session": f.name, "ts": e.get("timestamp"), "tool": c.get("name"), "args": args_s[:2000], "b64": decode_b64(args_s)})
    (out / "tool-calls.json").write_text(json.dumps(tool_calls, indent=2))
    summary.append(f"## Tool calls in window: {len(tool_calls)} (see tool-calls.json)\n")

    persistence = {
        "crontab": run(["crontab", "-l"]),
        "launch_agents": sorted(str(p) for p in (HOME / "Library/LaunchAgents").glob("*.plist")),
        "systemd_user": sorted(str(p) for p in (HOME / ".config/systemd/user").glob("*.service")),
    }
    rc = {}
    for name in (".bashrc", ".zshrc", ".profile", ".bash_profile"):
        p = HOME / name
        if p.exists():
            t = p.read_text(errors="replace")
            rc[name] = {"sha256": sha256(p), "tail": t.splitlines()[-15:], "b64": decode_b64(t)}
    persistence["rc_files"] = rc
    (out / "persistence.json").write_text(json.dumps(persistence, indent=2))

    hist = []
    for name in (".bash_history", ".zsh_history"):
        p = HOME / name
        if p.exists() and p.stat().st_mtime >= since:
            lines = p.read_text(errors="replace").splitlines()[-500:]
            hist += [{"file": name, "line": l, "b64": decode_b64(l)} for l in lines]
    (out / "history.json").write_text(json.dumps(hist, indent=2))

    (out / "processes.txt").write_text(run(["ps", "auxww"]))
    (out / "sockets.txt").write_text(run(["lsof", "-nP", "-i"]) if sys.platform == "darwin" else run(["ss", "-tupan"]))

    (out / "summary.md").write_text("\n".join(summary))
    print(out)


if __name__ == "__main__":
    main()
