from __future__ import annotations

import sys
from pathlib import Path

_LINUX = {
    "chrome": ".config/google-chrome",
    "chromium": ".config/chromium",
    "brave": ".config/BraveSoftware/Brave-Browser",
    "edge": ".config/microsoft-edge",
}
_MAC = {
    "chrome": "Library/Application Support/Google/Chrome",
    "chromium": "Library/Application Support/Chromium",
    "brave": "Library/Application Support/BraveSoftware/Brave-Browser",
    "edge": "Library/Application Support/Microsoft Edge",
}


def user_data_dir(browser: str) -> Path:
    table = _MAC if sys.platform == "darwin" else _LINUX
    if browser not in table:
        raise SystemExit(f"unsupported browser {browser}; pick one of {', '.join(table)}")
    return Path.home() / table[browser]


def profiles(browser: str) -> list[str]:
    root = user_data_dir(browser)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "Bookmarks").is_file())
