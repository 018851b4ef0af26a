"""Isolation for each case: temporary HOME/XDG dirs and a minimal environment."""
from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

PASS_THROUGH = ("PATH", "LANG", "LC_ALL", "SYSTEMROOT")


@contextlib.contextmanager
def isolated_env(extra: dict[str, str] | None = None):
    tmp = Path(tempfile.mkdtemp(prefix="golden-"))
    home = tmp / "home"
    for d in ("home", "home/.config", "home/.cache", "home/.local/share", "tmp"):
        (tmp / d).mkdir(parents=True, exist_ok=True)
    env = {k: os.environ[k] for k in PASS_THROUGH if k in os.environ}
    env.update({
        "HOME": str(home), "USERPROFILE": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"), "TMPDIR": str(tmp / "tmp"),
        "NO_COLOR": "1", "TZ": "UTC",
    })
    env.update(extra or {})
    try:
        yield env, tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
