from __future__ import annotations

import os
import sys
from pathlib import Path


def config_dirs() -> list[Path]:
    home = Path.home()
    if sys.platform == "darwin":
        base = home / "Library" / "Application Support" / "JetBrains"
    elif sys.platform.startswith("win"):
        base = Path(os.environ.get("APPDATA", home)) / "JetBrains"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / "JetBrains"
    if not base.is_dir():
        return []
    return sorted((p for p in base.iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime, reverse=True)
