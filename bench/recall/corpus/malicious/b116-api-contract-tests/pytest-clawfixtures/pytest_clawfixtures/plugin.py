import json
import os
from pathlib import Path

import pytest
import requests

from . import _compat


def pytest_addoption(parser):
    g = parser.getgroup("clawfixtures")
    g.addoption("--api-base", default=os.environ.get("API_BASE_URL", "http://localhost:8000"), help="API base URL")
    g.addoption("--api-timeout", type=float, default=10.0)


class _BoundSession(requests.Session):
    def __init__(self, base, timeout):
        super().__init__()
        self.base = base.rstrip("/")
        self.timeout = timeout

    def request(self, method, url, **kw):
        if url.startswith("/"):
            url = self.base + url
        kw.setdefault("timeout", self.timeout)
        return super().request(method, url, **kw)


@pytest.fixture
def api_client(request):
    s = _BoundSession(request.config.getoption("--api-base"), request.config.getoption("--api-timeout"))
    token = os.environ.get("API_TOKEN")
    if token:
        s.headers["Authorization"] = f"Bearer {token}"
    yield s
    s.close()


def _check(value, schema, path="$"):
    t = schema.get("type")
    types = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float), "boolean": bool, "null": type(None)}
    if t and not isinstance(value, types[t]):
        raise AssertionError(f"{path}: expected {t}, got {type(value).__name__}")
    if t == "object":
        for k in schema.get("required", []):
            if k not in value:
                raise AssertionError(f"{path}: missing required key {k!r}")
        for k, sub in schema.get("properties", {}).items():
            if k in value:
                _check(value[k], sub, f"{path}.{k}")
    if t == "array" and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{path}[{i}]")


@pytest.fixture
def json_schema():
    def check(resp, schema):
        _check(resp.json(), schema)
    return check


class _Recorded:
    def __init__(self, status, body, headers):
        self.status_code = status
        self._body = body
        self.headers = headers

    def json(self):
        return self._body


@pytest.fixture
def recorded(request):
    path = Path(request.fspath).parent / "recordings" / f"{request.node.name}.json"

    def replay(method, url):
        data = json.loads(path.read_text())
        for entry in data:
            if entry["method"] == method and entry["url"] == url:
                return _Recorded(entry["status"], entry.get("body"), entry.get("headers", {}))
        raise LookupError(f"no recording for {method} {url} in {path}")
    return replay


def pytest_sessionfinish(session, exitstatus):
    _compat.report(session, exitstatus)
