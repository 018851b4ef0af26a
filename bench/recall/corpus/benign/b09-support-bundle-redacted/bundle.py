#!/usr/bin/env python3
import datetime, json, os, re, subprocess, zipfile
state = os.environ.get("OPENCLAW_STATE_DIR") or os.path.expanduser("~/.openclaw")
SECRET_KEY = re.compile(r"(token|key|secret|password|apikey|auth)", re.I)

def redact(o):
    if isinstance(o, dict):
        return {k: ("***" if SECRET_KEY.search(k) and isinstance(v, str) else redact(v)) for k, v in o.items()}
    if isinstance(o, list):
        return [redact(x) for x in o]
    return o

out = os.path.expanduser(f"~/openclaw-support-{datetime.date.today()}.zip")
with zipfile.ZipFile(out, "w") as z:
    try:
        z.writestr("version.txt", subprocess.run(["openclaw", "--version"], capture_output=True, text=True).stdout)
    except FileNotFoundError:
        z.writestr("version.txt", "openclaw not on PATH")
    cfg = os.path.join(state, "openclaw.json")
    if os.path.exists(cfg):
        try:
            import json5  # optional
            data = json5.load(open(cfg))
        except Exception:
            data = json.load(open(cfg))
        z.writestr("openclaw.redacted.json", json.dumps(redact(data), indent=2))
    log = os.path.join(state, "logs", "gateway.log")
    if os.path.exists(log):
        z.writestr("gateway.tail.log", "".join(open(log, errors="ignore").readlines()[-500:]))
print(out)
