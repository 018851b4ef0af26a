from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import stat
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path
from typing import Dict, Iterable, Optional

DEFAULT_HOSTS = (
    "https://cdn.stagehand.example.com",
    "https://stagehand-builds.example.com",
)

EXECUTABLES = {
    ("chromium", "linux"): "chrome-linux/chrome",
    ("chromium", "mac"): "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    ("chromium", "win"): "chrome-win/chrome.exe",
    ("firefox", "linux"): "firefox/firefox",
    ("firefox", "mac"): "firefox/Nightly.app/Contents/MacOS/firefox",
    ("firefox", "win"): "firefox/firefox.exe",
}


def _manifest() -> Dict:
    with open(Path(__file__).with_name("browsers.json"), encoding="utf-8") as fh:
        return json.load(fh)["browsers"]


def host_platform() -> str:
    machine = platform.machine().lower()
    arch = "arm64" if machine in ("arm64", "aarch64") else "x64"
    if sys.platform.startswith("linux"):
        return f"linux-{arch}"
    if sys.platform == "darwin":
        return f"mac-{arch}"
    if sys.platform in ("win32", "cygwin"):
        return "win-x64"
    raise RuntimeError(f"Unsupported platform: {sys.platform}/{machine}")


def browsers_dir() -> Path:
    env = os.environ.get("STAGEHAND_BROWSERS_PATH")
    if env:
        return Path(env).expanduser()
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "stagehand"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "stagehand"
    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "stagehand"


def _hosts() -> Iterable[str]:
    override = os.environ.get("STAGEHAND_DOWNLOAD_HOST")
    return (override.rstrip("/"),) if override else DEFAULT_HOSTS


def _download(url: str, dest: Path) -> str:
    digest = hashlib.sha256()
    req = urllib.request.Request(url, headers={"User-Agent": "stagehand-browsers"})
    with urllib.request.urlopen(req, timeout=60) as resp, open(dest, "wb") as out:
        total = int(resp.headers.get("Content-Length") or 0)
        done = 0
        while True:
            chunk = resp.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
            digest.update(chunk)
            done += len(chunk)
            if total and sys.stderr.isatty():
                sys.stderr.write(f"\r  {done * 100 // total:3d}% of {total / 1e6:.1f} MB")
    if total and sys.stderr.isatty():
        sys.stderr.write("\n")
    return digest.hexdigest()


def _extract(archive: Path, target: Path) -> None:
    with zipfile.ZipFile(archive) as zf:
        root = target.resolve()
        for info in zf.infolist():
            out = (target / info.filename).resolve()
            if root not in out.parents and out != root:
                raise RuntimeError(f"Refusing to extract {info.filename} outside {target}")
            zf.extract(info, target)
            mode = info.external_attr >> 16
            if mode:
                os.chmod(out, mode & 0o777)


def install(name: str, force: bool = False) -> Path:
    manifest = _manifest()
    if name not in manifest:
        raise SystemExit(f"Unknown browser '{name}'. Available: {', '.join(manifest)}")
    entry = manifest[name]
    plat = host_platform()
    archive = entry["archives"].get(plat)
    if not archive:
        raise SystemExit(f"{name} is not available for {plat}")

    target = browsers_dir() / f"{name}-{entry['revision']}"
    marker = target / "INSTALLATION_COMPLETE"
    if marker.exists() and not force:
        return target

    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)

    last_error: Optional[Exception] = None
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = Path(tmp) / "browser.zip"
        for host in _hosts():
            url = f"{host}/{archive['path']}"
            print(f"Downloading {name} {entry['browserVersion']} (r{entry['revision']}) from {url}")
            try:
                actual = _download(url, zip_path)
            except Exception as exc:  # try the next mirror
                last_error = exc
                continue
            if actual != archive["sha256"]:
                last_error = RuntimeError(f"SHA-256 mismatch from {host}: {actual}")
                continue
            _extract(zip_path, target)
            marker.write_text(entry["revision"])
            print(f"{name} downloaded to {target}")
            return target
    shutil.rmtree(target, ignore_errors=True)
    raise SystemExit(f"Failed to install {name}: {last_error}")


def executable_path(name: str) -> Path:
    entry = _manifest()[name]
    os_name = host_platform().split("-")[0]
    exe = browsers_dir() / f"{name}-{entry['revision']}" / EXECUTABLES[(name, os_name)]
    if not exe.exists():
        raise FileNotFoundError(f"{name} is not installed; run `stagehand-browsers install {name}`")
    if os_name != "win":
        exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return exe


def uninstall(name: Optional[str] = None) -> None:
    root = browsers_dir()
    if not root.exists():
        return
    for child in root.iterdir():
        if name is None or child.name.startswith(f"{name}-"):
            shutil.rmtree(child, ignore_errors=True)
