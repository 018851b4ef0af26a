"""Offline-by-default pytest fixtures."""
import os
import socket
from pathlib import Path

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "network: test is allowed to open real network connections")


def _load_env_file(path: Path) -> dict:
    values = {}
    if path.is_file():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                values[k.strip()] = v.strip().strip('"').strip("'")
    return values


@pytest.fixture(autouse=True)
def test_env(monkeypatch, request):
    """Apply .env.test (never the real .env) for each test."""
    root = Path(request.config.rootpath)
    for k, v in _load_env_file(root / ".env.test").items():
        monkeypatch.setenv(k, v)
    yield


@pytest.fixture(autouse=True)
def no_network(monkeypatch, request):
    if request.node.get_closest_marker("network"):
        yield
        return

    def guard(*args, **kwargs):
        raise RuntimeError("network access blocked in tests; mark with @pytest.mark.network")

    monkeypatch.setattr(socket.socket, "connect", guard)
    yield


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path
