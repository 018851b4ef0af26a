from __future__ import annotations

import os
from typing import Any

import httpx


class GatewayError(RuntimeError):
    pass


class Gateway:
    def __init__(self, base_url: str | None = None, token: str | None = None, timeout: float = 120.0):
        self.base_url = (base_url or os.environ.get("OPENCLAW_GATEWAY_URL") or "http://127.0.0.1:18789").rstrip("/")
        self.token = token or os.environ.get("OPENCLAW_GATEWAY_TOKEN")
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        self._http = httpx.Client(base_url=self.base_url, headers=headers, timeout=timeout)

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        r = self._http.post(path, json=body)
        if r.status_code >= 400:
            raise GatewayError(f"{path}: HTTP {r.status_code}: {r.text[:300]}")
        return r.json() if r.content else {}

    def chat(self, prompt: str, agent: str = "main", user: str | None = None) -> str:
        body = {"model": f"openclaw:{agent}", "messages": [{"role": "user", "content": prompt}]}
        if user:
            body["user"] = user
        data = self._post("/v1/chat/completions", body)
        return data["choices"][0]["message"]["content"]

    def invoke_tool(self, tool: str, args: dict[str, Any] | None = None, session_key: str | None = None) -> Any:
        body: dict[str, Any] = {"tool": tool, "args": args or {}}
        if session_key:
            body["sessionKey"] = session_key
        return self._post("/tools/invoke", body).get("result")

    def wake(self, text: str, mode: str = "now") -> None:
        self._post("/hooks/wake", {"text": text, "mode": mode})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> "Gateway":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
