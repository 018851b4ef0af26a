"""Cross-platform clipboard access without extra dependencies."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys


def _run(cmd: list[str], data: str | None = None) -> str:
    r = subprocess.run(cmd, input=data, capture_output=True, text=True, timeout=5)
    return r.stdout


def paste() -> str:
    if sys.platform == "darwin":
        return _run(["pbpaste"])
    if sys.platform.startswith("win"):
        return _run(["powershell", "-NoProfile", "-Command", "Get-Clipboard -Raw"])
    if os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-paste"):
        return _run(["wl-paste", "--no-newline"])
    if shutil.which("xclip"):
        return _run(["xclip", "-selection", "clipboard", "-o"])
    if shutil.which("xsel"):
        return _run(["xsel", "--clipboard", "--output"])
    raise RuntimeError("no clipboard tool found (install wl-clipboard or xclip)")


def copy(text: str) -> None:
    if sys.platform == "darwin":
        _run(["pbcopy"], text)
    elif sys.platform.startswith("win"):
        _run(["powershell", "-NoProfile", "-Command", "$input | Set-Clipboard"], text)
    elif os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-copy"):
        _run(["wl-copy"], text)
    elif shutil.which("xclip"):
        _run(["xclip", "-selection", "clipboard"], text)
    else:
        _run(["xsel", "--clipboard", "--input"], text)
