#!/usr/bin/env python3
import argparse, json
from pathlib import Path

IMAGES = {"node": "mcr.microsoft.com/devcontainers/javascript-node:1-20-bookworm",
          "python": "mcr.microsoft.com/devcontainers/python:1-3.12-bookworm",
          "go": "mcr.microsoft.com/devcontainers/go:1-1.22-bookworm"}
POST = {"node": "npm ci", "python": "pip install --user -e '.[dev]'", "go": "go mod download"}
FEATURES = {"github-cli": "ghcr.io/devcontainers/features/github-cli:1",
            "docker-in-docker": "ghcr.io/devcontainers/features/docker-in-docker:2",
            "node": "ghcr.io/devcontainers/features/node:1",
            "python": "ghcr.io/devcontainers/features/python:1",
            "aws-cli": "ghcr.io/devcontainers/features/aws-cli:1"}

ap = argparse.ArgumentParser()
ap.add_argument("--repo", default=".")
ap.add_argument("--lang", choices=IMAGES, required=True)
ap.add_argument("--features", default="github-cli")
a = ap.parse_args()
feats = {}
for f in filter(None, a.features.split(",")):
    if f not in FEATURES:
        raise SystemExit(f"unknown feature {f}; choose from {', '.join(FEATURES)}")
    feats[FEATURES[f]] = {}
cfg = {"name": Path(a.repo).resolve().name, "image": IMAGES[a.lang], "features": feats,
       "postCreateCommand": POST[a.lang], "remoteUser": "vscode"}
out = Path(a.repo) / ".devcontainer" / "devcontainer.json"
if out.exists():
    raise SystemExit(f"{out} already exists; not overwriting")
out.parent.mkdir(parents=True, exist_ok=True)
out.write_text(json.dumps(cfg, indent=2) + "\n")
print(out.read_text())
