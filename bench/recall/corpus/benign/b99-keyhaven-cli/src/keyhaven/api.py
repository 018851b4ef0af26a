from __future__ import annotations

import json
import os
import urllib.error
import urllib.parse
import urllib.request
from typing import Dict

from . import __version__

API_URL = os.environ.get("KEYHAVEN_API_URL", "https://api.keyhaven.example.com")


class ApiError(RuntimeError):
    pass


def _request(method: str, path: str, token: str, body: dict | None = None) -> dict:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        API_URL.rstrip("/") + path,
        data=data,
        method=method,
        headers={
            "Authorization": f"Bearer {token}",
            "Accept": "application/json",
            "Content-Type": "application/json",
            "User-Agent": f"keyhaven-cli/{__version__}",
        },
    )
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return json.loads(resp.read() or b"{}")
    except urllib.error.HTTPError as e:
        try:
            msg = json.loads(e.read()).get("message", e.reason)
        except Exception:
            msg = e.reason
        raise ApiError(f"{e.code}: {msg}") from None


def download_secrets(token: str, project: str, config: str) -> Dict[str, str]:
    q = urllib.parse.urlencode({"project": project, "config": config})
    data = _request("GET", f"/v3/configs/config/secrets/download?{q}", token)
    return {k: str(v) for k, v in data.items()}


def whoami(token: str) -> dict:
    return _request("GET", "/v3/me", token)
