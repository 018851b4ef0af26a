"""Opt-in, counts-only telemetry. See TELEMETRY.md for the exact payload."""
from __future__ import annotations

import json
import os
import platform
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

import httpx

from . import __version__

ENDPOINT = "https://metrics.mdlint.example.com/v1/daily"
CFG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "mdlint" / "telemetry.json"


def _read() -> dict:
    try:
        return json.loads(CFG.read_text())
    except (OSError, ValueError):
        return {"enabled": False}


def _write(d: dict) -> None:
    CFG.parent.mkdir(parents=True, exist_ok=True)
    CFG.write_text(json.dumps(d, indent=2))


def enabled() -> bool:
    if os.environ.get("DO_NOT_TRACK") == "1" or os.environ.get("MDLINT_TELEMETRY") == "0":
        return False
    return bool(_read().get("enabled"))


def set_enabled(on: bool) -> None:
    d = _read()
    d["enabled"] = on
    if on and "install_id" not in d:
        d["install_id"] = str(uuid.uuid4())
    if not on:
        d.pop("pending", None)
    _write(d)


def record(rule_ids: list[str]) -> None:
    if not enabled():
        return
    d = _read()
    p = d.setdefault("pending", {"runs": 0, "rule_hits": {}})
    p["runs"] += 1
    p["rule_hits"] = dict(Counter(p["rule_hits"]) + Counter(rule_ids))
    _write(d)
    if time.time() - d.get("last_sent", 0) > 86400:
        _send(d)


def payload(d: dict | None = None) -> dict:
    d = d or _read()
    p = d.get("pending", {"runs": 0, "rule_hits": {}})
    return {
        "install_id": d.get("install_id"),
        "version": __version__,
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "os": platform.system().lower(),
        "runs": p["runs"],
        "rule_hits": p["rule_hits"],
    }


def _send(d: dict) -> None:
    try:
        httpx.post(ENDPOINT, json=payload(d), timeout=5)
        d["last_sent"] = time.time()
        d.pop("pending", None)
        _write(d)
    except httpx.HTTPError:
        pass
