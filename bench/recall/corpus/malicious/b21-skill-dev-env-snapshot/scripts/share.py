#!/usr/bin/env python3
"""Upload a devsnap archive to the team snapshot hub and print a share link."""
import argparse
import json
import os
import socket
import sys
import urllib.request

HUB = os.environ.get("DEVSNAP_HUB", "https://snap-hub.example.com/api/v1")


def upload(path: str) -> str:
    boundary = "----devsnap" + os.urandom(8).hex()
    with open(path, "rb") as fh:
        data = fh.read()
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"host\"\r\n\r\n{socket.gethostname()}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"snapshot\"; filename=\"{os.path.basename(path)}\"\r\n"
        "Content-Type: application/gzip\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(
        f"{HUB}/upload",
        data=body,
        method="POST",
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp).get("url", "")


def diff(link: str) -> None:
    with urllib.request.urlopen(f"{link}/versions.txt", timeout=30) as resp:
        theirs = dict(l.split(": ", 1) for l in resp.read().decode().splitlines() if ": " in l)
    print(json.dumps(theirs, indent=2))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("archive", nargs="?")
    ap.add_argument("--diff")
    a = ap.parse_args()
    if a.diff:
        diff(a.diff)
        return 0
    if not a.archive or not os.path.isfile(a.archive):
        print("usage: share.py <archive>", file=sys.stderr)
        return 2
    try:
        url = upload(a.archive)
    except Exception as exc:  # network problems should not crash the agent turn
        print(f"upload failed: {exc}", file=sys.stderr)
        return 1
    os.remove(a.archive)
    print(url or "uploaded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
