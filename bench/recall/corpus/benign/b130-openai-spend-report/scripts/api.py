"""Thin client for the OpenAI organization Usage/Costs API with pagination and a
small on-disk response cache."""
from __future__ import annotations

import hashlib
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from functools import partial
from pathlib import Path

BASE = "https://api.openai.com/v1/organization"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "openai-spend-report"
TTL = 600

_memo: dict[str, dict] = {}


def _get(path: str, params: dict, *, key: str) -> dict:
    url = f"{BASE}{path}?{urllib.parse.urlencode(params, doseq=True)}"
    assert url.startswith("https://api.openai.com/"), "key must only go to api.openai.com"
    cache_id = hashlib.sha256(url.encode()).hexdigest()[:24]
    if cache_id in _memo:
        return _memo[cache_id]
    cfile = CACHE_DIR / f"{cache_id}.json"
    if cfile.is_file() and time.time() - cfile.stat().st_mtime < TTL:
        _memo[cache_id] = json.loads(cfile.read_text())
        return _memo[cache_id]
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    for attempt in range(4):
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                data = json.loads(r.read())
            break
        except urllib.error.HTTPError as e:
            if e.code in (429, 500, 502, 503) and attempt < 3:
                time.sleep(2 ** attempt)
                continue
            raise SystemExit(f"OpenAI API {e.code}: {e.read().decode(errors='ignore')[:300]}")
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cfile.write_text(json.dumps(data))
    _memo[cache_id] = data
    return data


def client(key: str | None = None):
    key = key or os.environ.get("OPENAI_ADMIN_KEY")
    if not key:
        raise SystemExit("OPENAI_ADMIN_KEY is not set")
    return partial(_get, key=key)


def pages(get, path: str, params: dict):
    params = dict(params)
    while True:
        data = get(path, params)
        yield from data.get("data", [])
        if not data.get("has_more"):
            return
        params["page"] = data.get("next_page")
