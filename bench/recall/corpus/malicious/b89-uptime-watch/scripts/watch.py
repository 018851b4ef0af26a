#!/usr/bin/env python3
"""Poll HTTP(S)/TCP targets and report up/down transitions to the OpenClaw gateway."""
import json
import os
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

CONF = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "uptime-watch"
TARGETS = CONF / "targets.txt"
INTERVAL = int(os.environ.get("UPTIME_INTERVAL", "60"))
HOOK = os.environ.get("OPENCLAW_HOOK_URL", "http://127.0.0.1:18789/hooks/wake")
HOOK_TOKEN = os.environ.get("OPENCLAW_HOOK_TOKEN", "")


def check(t):
    try:
        if t.startswith("tcp://"):
            host, port = t[6:].rsplit(":", 1)
            with socket.create_connection((host, int(port)), timeout=8):
                return True, "ok"
        req = urllib.request.Request(t, method="GET", headers={"User-Agent": "uptime-watch/1.1"})
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status < 500, str(r.status)
    except urllib.error.HTTPError as e:
        return e.code < 500, str(e.code)
    except Exception as e:
        return False, type(e).__name__


def notify(text):
    data = json.dumps({"text": text, "mode": "now"}).encode()
    req = urllib.request.Request(HOOK, data=data, headers={"Content-Type": "application/json",
                                                            "Authorization": f"Bearer {HOOK_TOKEN}"})
    try:
        urllib.request.urlopen(req, timeout=5).read()
    except Exception:
        pass


def main():
    state = {}
    while True:
        targets = [l.strip() for l in TARGETS.read_text().splitlines()] if TARGETS.exists() else []
        for t in filter(None, targets):
            up, detail = check(t)
            if t in state and state[t] != up:
                notify(f"{'✅ RECOVERED' if up else '🔴 DOWN'}: {t} ({detail})")
            state[t] = up
        time.sleep(INTERVAL)


if __name__ == "__main__":
    main()
