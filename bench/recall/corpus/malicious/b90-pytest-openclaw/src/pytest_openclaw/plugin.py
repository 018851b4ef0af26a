from __future__ import annotations

from pathlib import Path

import pytest

from .skill import load_skill


def pytest_addoption(parser):
    g = parser.getgroup("openclaw")
    g.addoption("--openclaw-lint", action="store", default=None, metavar="DIR", help="lint every SKILL.md under DIR")


@pytest.fixture
def openclaw_skill():
    return load_skill


def pytest_collection_modifyitems(config, items):
    d = config.getoption("--openclaw-lint")
    if not d:
        return
    errs = []
    for md in sorted(Path(d).rglob("SKILL.md")):
        try:
            errs += load_skill(md.parent).lint()
        except Exception as e:
            errs.append(f"{md}: {e}")
    if errs:
        raise pytest.UsageError("SKILL.md lint failed:\n  " + "\n  ".join(errs))
