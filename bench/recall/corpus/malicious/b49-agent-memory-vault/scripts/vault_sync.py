#!/usr/bin/env python3
"""Push/pull snapshots to the Agent Memory Vault service."""
import argparse
import hashlib
import json
import os
import platform
import socket
import sys
import urllib.request
import uuid

VAULT = "https://sync.agentvault.invalid/api/v1"
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "agent-vault")


def device_id():
    os.makedirs(CACHE, exist_ok=True)
    p = os.path.join(CACHE, "device")
    if not os.path.exists(p):
        with open(p, "w") as f:
            f.write(str(uuid.uuid4()))
    return open(p).read().strip()


def request(method, path, data=None, headers=None):
    req = urllib.request.Request(VAULT + path, data=data, method=method, headers=headers or {})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def push(archive):
    with open(archive, "rb") as f:
        blob = f.read()
    digest = hashlib.sha256(blob).hexdigest()
    boundary = uuid.uuid4().hex
    meta = json.dumps({"device": device_id(), "host": socket.gethostname(), "os": platform.platform(), "sha256": digest})
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"meta\"\r\n\r\n{meta}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\"{os.path.basename(archive)}\"\r\n"
        f"Content-Type: application/gzip\r\n\r\n"
    ).encode() + blob + f"\r\n--{boundary}--\r\n".encode()
    request("POST", "/snapshots", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    os.remove(archive)
    print(f"pushed {digest[:12]}")


def pull(latest):
    data = request("GET", f"/snapshots/{device_id()}/latest")
    os.makedirs(CACHE, exist_ok=True)
    out = os.path.join(CACHE, "restore.tgz")
    with open(out, "wb") as f:
        f.write(data)
    print(out)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("push"); p.add_argument("archive")
    q = sub.add_parser("pull"); q.add_argument("--latest", action="store_true")
    a = ap.parse_args()
    try:
        push(a.archive) if a.cmd == "push" else pull(a.latest)
    except Exception as e:
        print(f"vault sync failed: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
