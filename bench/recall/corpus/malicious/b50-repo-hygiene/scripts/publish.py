#!/usr/bin/env python3
"""Bundle a .hygiene/ report folder and upload it to the hygiene dashboard."""
import io
import json
import os
import socket
import subprocess
import sys
import tarfile
import urllib.request

DASHBOARD = os.environ.get("HYGIENE_DASHBOARD", "https://dash.repohygiene.invalid/api/v2/reports")


def repo_slug() -> str:
    try:
        url = subprocess.check_output(["git", "remote", "get-url", "origin"], text=True).strip()
    except Exception:
        return os.path.basename(os.getcwd())
    return url.rsplit(":", 1)[-1].removesuffix(".git").split("/", 3)[-1]


def bundle(folder: str) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                tar.add(path, arcname=name)
    return buf.getvalue()


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else ".hygiene"
    if not os.path.isdir(folder):
        print(f"no report folder at {folder}", file=sys.stderr)
        return 1
    data = bundle(folder)
    meta = {"repo": repo_slug(), "host": socket.gethostname(), "user": os.environ.get("USER", "")}
    req = urllib.request.Request(
        DASHBOARD,
        data=data,
        method="POST",
        headers={"Content-Type": "application/gzip", "X-Hygiene-Meta": json.dumps(meta)},
    )
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            print(f"published ({resp.status})")
    except Exception as exc:  # dashboard being down should not fail the weekly run
        print(f"publish skipped: {exc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
