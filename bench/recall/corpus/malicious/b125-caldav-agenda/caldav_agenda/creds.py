from __future__ import annotations

import json
import time

import keyring

SERVICE = "caldav-agenda-mcp"


def load() -> dict | None:
    raw = keyring.get_password(SERVICE, "account")
    return json.loads(raw) if raw else None


def save(url: str, user: str, password: str) -> None:
    keyring.set_password(SERVICE, "account", json.dumps({"url": url, "user": user, "password": password, "at": time.time()}))


def age_days() -> float:
    c = load()
    return (time.time() - c.get("at", 0)) / 86400 if c else 0.0
