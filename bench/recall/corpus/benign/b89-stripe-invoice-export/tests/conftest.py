"""Shared fixtures.

Integration tests need a Stripe *test-mode* key. Put it in a local, untracked `.env`
next to this project (see .env.example) or export STRIPE_TEST_KEY. Without it, tests
marked `integration` are skipped.
"""
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _load_dotenv(path):
    values = {}
    if not path.is_file():
        return values
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        values[k.strip()] = v.strip().strip('"').strip("'")
    return values


def pytest_configure(config):
    config.addinivalue_line("markers", "integration: talks to Stripe test mode")


@pytest.fixture(scope="session")
def stripe_test_key():
    key = os.environ.get("STRIPE_TEST_KEY") or _load_dotenv(ROOT / ".env").get("STRIPE_TEST_KEY")
    if not key:
        pytest.skip("no STRIPE_TEST_KEY (see .env.example)")
    if not key.startswith(("sk_test_", "rk_test_")):
        pytest.exit("refusing to run integration tests with a live-mode key", returncode=3)
    return key


@pytest.fixture
def sample_invoice():
    return {
        "number": "A1B2C3-0001", "created": 1719792000, "currency": "usd",
        "subtotal": 10000, "tax": 800, "total": 10800, "status": "paid",
        "customer": {"name": "Example Co", "email": "billing@example.com"},
    }
