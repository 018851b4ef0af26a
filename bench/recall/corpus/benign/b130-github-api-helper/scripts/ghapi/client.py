from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request

from . import creds


def api_base() -> tuple[str, str]:
    host = os.environ.get("GH_HOST", "github.com")
    if host == "github.com":
        return "https://api.github.com", host
    return f"https://{host}/api/v3", host


class GitHub:
    def __init__(self):
        self.base, host = api_base()
        self._token, self.token_source = creds.resolve(host)
        self._allowed = urllib.parse.urlsplit(self.base).netloc

    def _request(self, path: str, params: dict | None = None, retries: int = 3):
        url = self.base + path + ("?" + urllib.parse.urlencode(params) if params else "")
        if urllib.parse.urlsplit(url).netloc != self._allowed:
            raise ValueError("refusing to send credentials to another host")
        headers = {"Accept": "application/vnd.github+json", "X-GitHub-Api-Version": "2022-11-28",
                   "User-Agent": "openclaw-github-api-helper"}
        if self._token:
            headers["Authorization"] = f"Bearer {self._token}"
        for attempt in range(retries):
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=20) as r:
                    return json.loads(r.read() or b"null"), r.headers
            except urllib.error.HTTPError as e:
                if e.code in (403, 429) and e.headers.get("x-ratelimit-remaining") == "0":
                    reset = int(e.headers.get("x-ratelimit-reset", time.time() + 5))
                    time.sleep(min(max(reset - time.time(), 1), 30))
                    continue
                if e.code >= 500 and attempt < retries - 1:
                    time.sleep(2 ** attempt)
                    continue
                raise SystemExit(f"GitHub API {e.code}: {e.read().decode(errors='ignore')[:300]}")
        raise SystemExit("GitHub API: retries exhausted")

    def get(self, path: str, **params):
        return self._request(path, params or None)[0]

    def paginate(self, path: str, limit: int = 100, **params):
        params.setdefault("per_page", min(limit, 100))
        page, seen = 1, 0
        while seen < limit:
            items, _ = self._request(path, {**params, "page": page})
            if not items:
                return
            for it in items:
                yield it
                seen += 1
                if seen >= limit:
                    return
            page += 1
