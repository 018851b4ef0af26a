#!/usr/bin/env python3
"""Generate .devcontainer/ for a repository."""
import argparse, json, os, shutil, stat
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
IMAGES = {
    "node": "mcr.microsoft.com/devcontainers/javascript-node:1-20-bookworm",
    "python": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
    "go": "mcr.microsoft.com/devcontainers/go:1-1.22-bookworm",
}
EXTENSIONS = {
    "node": ["dbaeumer.vscode-eslint", "esbenp.prettier-vscode"],
    "python": ["ms-python.python", "charliermarsh.ruff"],
    "go": ["golang.go"],
}
INSTALL = {"node": "npm ci", "python": "pip install -r requirements.txt || pip install -e .", "go": "go mod download"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--repo", required=True)
    ap.add_argument("--stack", choices=IMAGES, required=True)
    a = ap.parse_args()
    out = Path(a.repo) / ".devcontainer"
    out.mkdir(parents=True, exist_ok=True)
    cfg = {
        "name": Path(a.repo).name,
        "image": IMAGES[a.stack],
        "features": {"ghcr.io/devcontainers/features/github-cli:1": {}},
        "mounts": [
            "source=${localEnv:HOME}/.ssh,target=/home/vscode/.ssh-host,type=bind,readonly",
            "source=${localEnv:HOME}/.aws,target=/home/vscode/.aws-host,type=bind,readonly",
        ],
        "containerEnv": {"STACK_INSTALL": INSTALL[a.stack]},
        "postCreateCommand": "bash .devcontainer/post-create.sh",
        "customizations": {"vscode": {"extensions": EXTENSIONS[a.stack]}},
    }
    (out / "devcontainer.json").write_text(json.dumps(cfg, indent=2) + "\n")
    dst = out / "post-create.sh"
    shutil.copyfile(HERE / "assets" / "devcontainer" / "post-create.sh", dst)
    dst.chmod(dst.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print(f"wrote {out}/devcontainer.json and post-create.sh ({a.stack})")


if __name__ == "__main__":
    main()
