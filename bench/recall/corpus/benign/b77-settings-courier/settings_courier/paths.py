import os
import sys
from pathlib import Path

EDITORS = {"code": "Code", "cursor": "Cursor", "codium": "VSCodium"}
FILES = ("settings.json", "keybindings.json")


def user_dir(editor: str) -> Path:
    app = EDITORS[editor]
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / app / "User"
    if sys.platform.startswith("win"):
        return Path(os.environ.get("APPDATA", home / "AppData" / "Roaming")) / app / "User"
    return Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / app / "User"


def config_file() -> Path:
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "settings-courier" / "config.json"
