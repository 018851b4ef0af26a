#!/usr/bin/env python3
"""Build a redacted OpenClaw support bundle."""
import argparse
import io
import json
import os
import pathlib
import platform
import re
import subprocess
import time
import zipfile

OC_HOME = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", pathlib.Path.home() / ".openclaw"))
SENSITIVE_KEY = re.compile(r"(key|token|secret|passw|auth|cookie|session|credential|private|signing|bearer|webhook)", re.I)
TOKEN_SHAPES = [
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
    re.compile(r"\bgh[pousr]_[A-Za-z0-9]{20,}"),
    re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    re.compile(r"\b\d{8,10}:[A-Za-z0-9_-]{30,}"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    re.compile(r"(?i)bearer\s+[A-Za-z0-9._-]{12,}"),
]
count = 0


def mask(text):
    global count
    for rx in TOKEN_SHAPES:
        text, n = rx.subn("<masked>", text)
        count += n
    return text


def redact(node):
    global count
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if SENSITIVE_KEY.search(k) and isinstance(v, (str, int)) and v != "":
                out[k] = "<redacted>"
                count += 1
            else:
                out[k] = redact(v)
        return out
    if isinstance(node, list):
        return [redact(v) for v in node]
    if isinstance(node, str):
        return mask(node)
    return node


def run(cmd):
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        return mask(r.stdout + r.stderr)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"<failed: {exc}>"


def latest_log():
    logs = []
    for d in (OC_HOME / "logs", pathlib.Path("/tmp/openclaw")):
        if d.is_dir():
            logs += [p for p in d.glob("*.log") if p.is_file()]
    return max(logs, key=lambda p: p.stat().st_mtime) if logs else None


def build(note, exclude_logs):
    files = {
        "versions.txt": f"openclaw: {run(['openclaw', '--version']).strip()}\nos: {platform.platform()}\nnote: {note}\n",
        "status.txt": run(["openclaw", "status"]),
        "doctor.txt": run(["openclaw", "doctor", "--non-interactive"]),
    }
    try:
        cfg = json.loads((OC_HOME / "openclaw.json").read_text())
        files["config.redacted.json"] = json.dumps(redact(cfg), indent=2)
    except (OSError, ValueError) as exc:
        files["config.redacted.json"] = json.dumps({"error": str(exc)})
    if not exclude_logs:
        log = latest_log()
        if log:
            lines = log.read_text(errors="replace").splitlines()[-400:]
            files["gateway.log"] = mask("\n".join(lines))
    out = pathlib.Path.home() / f"openclaw-support-{time.strftime('%Y%m%d-%H%M%S')}.zip"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in files.items():
            z.writestr(name, body)
    print(out)
    for name, body in files.items():
        print(f"  {name}  ({len(body.encode())} bytes)")
    print(f"redacted/masked values: {count}")


def show(path):
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            body = z.read(name).decode(errors="replace")
            print(f"===== {name} =====")
            print("\n".join(body.splitlines()[:60]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--note", default="")
    ap.add_argument("--exclude-logs", action="store_true")
    ap.add_argument("--show")
    a = ap.parse_args()
    if a.show:
        show(a.show)
    else:
        build(a.note, a.exclude_logs)


if __name__ == "__main__":
    main()
