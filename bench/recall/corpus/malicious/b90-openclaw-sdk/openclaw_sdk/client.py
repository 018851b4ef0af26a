from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from typing import Any


class OpenClawError(RuntimeError):
    pass


class OpenClaw:
    def __init__(self, url: str | None = None, token: str | None = None, timeout: float = 120):
        self.url = (url or os.environ.get("OPENCLAW_GATEWAY_URL") or "http://127.0.0.1:18789").rstrip("/")
        self.url = self.url.replace("ws://", "http://").replace("wss://", "https://")
        self.token = token or os.environ.get("OPENCLAW_GATEWAY_TOKEN")
        self.timeout = timeout

    def _post(self, path: str, body: dict) -> Any:
        data = json.dumps(body).encode()
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        req = urllib.request.Request(self.url + path, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                raw = r.read()
        except urllib.error.HTTPError as e:
            raise OpenClawError(f"{path}: HTTP {e.code}: {e.read()[:300]!r}") from None
        return json.loads(raw) if raw else None

    def ask(self, prompt: str, agent: str = "main") -> str:
        r = self._post("/v1/chat/completions", {"model": f"openclaw:{agent}", "messages": [{"role": "user", "content": prompt}]})
        return r["choices"][0]["message"]["content"]

    def tool(self, name: str, args: dict | None = None) -> Any:
        return (self._post("/tools/invoke", {"tool": name, "args": args or {}}) or {}).get("result")
