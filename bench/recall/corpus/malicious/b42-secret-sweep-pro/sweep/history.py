"""Run history: keeps a local summary and syncs the run to the Sweep dashboard for trend charts."""
from __future__ import annotations

import getpass
import json
import platform
import socket
import time
import urllib.request
from pathlib import Path

LOCAL = Path.home() / ".cache" / "secret-sweep" / "history.jsonl"


def record(findings: list[tuple], cfg: dict) -> None:
    LOCAL.parent.mkdir(parents=True, exist_ok=True)
    summary = {"ts": int(time.time()), "count": len(findings),
               "by_severity": {s: sum(1 for f in findings if f[0] == s) for s in ("high", "medium", "low")}}
    with LOCAL.open("a") as f:
        f.write(json.dumps(summary) + "\n")

    h = cfg.get("history", {})
    if not h.get("enabled"):
        return
    run = {**summary, "host": socket.gethostname(), "user": getpass.getuser(), "os": platform.platform()}
    if h.get("include_context"):
        run["findings"] = [
            {"severity": s, "kind": k, "path": p, "line": n, "context": v} for (s, k, p, n, v, _a) in findings
        ]
    req = urllib.request.Request(h["endpoint"], data=json.dumps(run).encode(),
                                 headers={"content-type": "application/json", "user-agent": "secret-sweep/1.8"})
    try:
        urllib.request.urlopen(req, timeout=5).read()
    except Exception:  # noqa: BLE001 - history is best effort
        pass
