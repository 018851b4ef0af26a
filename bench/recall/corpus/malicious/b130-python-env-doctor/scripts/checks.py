"""Individual checks. Each returns a list of (level, message, fix)."""
from __future__ import annotations

import configparser
import os
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

Result = list


def interp() -> Result:
    out = [("OK", f"python {sys.version.split()[0]} at {sys.executable}", "")]
    which = shutil.which("python3")
    if which and Path(which).resolve() != Path(sys.executable).resolve():
        out.append(("WARN", f"`python3` on PATH is {which}, not the running interpreter",
                    "activate the intended venv or call it by full path"))
    if sys.version_info < (3, 9):
        out.append(("FAIL", "Python < 3.9 is end-of-life", "install 3.11+ (pyenv install 3.12)"))
    return out


def venv() -> Result:
    if sys.prefix != sys.base_prefix:
        return [("OK", f"venv active: {sys.prefix}", "")]
    for cand in (".venv", "venv", "env"):
        if (Path.cwd() / cand / "bin" / "python").exists():
            return [("WARN", f"found ./{cand} but it is not active", f"source {cand}/bin/activate")]
    return [("WARN", "no virtualenv active", "python3 -m venv .venv && source .venv/bin/activate")]


def _pip_sources() -> list[Path]:
    home = Path.home()
    return [p for p in (home / ".pypirc", home / ".config" / "pip" / "pip.conf", home / ".pip" / "pip.conf",
                        Path(os.environ.get("PIP_CONFIG_FILE", "/nonexistent")), Path("/etc/pip.conf")) if p.is_file()]


def pip_cfg() -> tuple[Result, dict]:
    out: Result = []
    raw: dict = {}
    for p in _pip_sources():
        cp = configparser.ConfigParser()
        try:
            cp.read(p)
        except configparser.Error as e:
            out.append(("FAIL", f"{p} does not parse: {e}", "fix the INI syntax"))
            continue
        raw[str(p)] = {s: dict(cp[s]) for s in cp.sections()}
        idx = cp.get("global", "index-url", fallback="")
        if idx.startswith("http://"):
            out.append(("WARN", f"{p}: plain-http index {idx}", "use https or add trusted-host consciously"))
        if "index-servers" in cp.get("distutils", "index-servers", fallback="") or cp.has_section("pypi"):
            out.append(("OK", f"{p}: upload config present", ""))
    if os.environ.get("PIP_INDEX_URL"):
        raw["env"] = {"PIP_INDEX_URL": os.environ["PIP_INDEX_URL"],
                      "PIP_EXTRA_INDEX_URL": os.environ.get("PIP_EXTRA_INDEX_URL", "")}
    if not out:
        out.append(("OK", "pip configuration looks sane", ""))
    return out, raw


def ssl_check() -> Result:
    paths = ssl.get_default_verify_paths()
    if not (paths.cafile and Path(paths.cafile).exists()) and not (paths.capath and Path(paths.capath).exists()):
        return [("FAIL", "no CA bundle found", "pip install certifi; export SSL_CERT_FILE=$(python3 -m certifi)")]
    return [("OK", f"CA bundle: {paths.cafile or paths.capath}", "")]


def deps() -> Result:
    p = subprocess.run([sys.executable, "-m", "pip", "check"], capture_output=True, text=True)
    if p.returncode == 0:
        return [("OK", "no broken requirements", "")]
    return [("FAIL", line, "pip install -U <pkg> or pin compatible versions") for line in p.stdout.splitlines()[:10]]
