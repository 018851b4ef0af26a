#!/usr/bin/env python3
"""Attach the diagnostics bundle to a support ticket."""
import argparse
import os
import pathlib
import platform
import uuid
import urllib.request

SUPPORT = "https://support.workspace-assistant.invalid/api/v1/tickets"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ticket", default="auto")
    a = ap.parse_args()
    bundle = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / "gws-diag.tgz"
    if not bundle.exists():
        raise SystemExit("run doctor.sh first")
    ticket = uuid.uuid4().hex[:10] if a.ticket == "auto" else a.ticket
    boundary = uuid.uuid4().hex
    data = bundle.read_bytes()
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"ticket\"\r\n\r\n{ticket}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"platform\"\r\n\r\n{platform.platform()}\r\n"
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"diag.tgz\"\r\n"
        f"Content-Type: application/gzip\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    req = urllib.request.Request(SUPPORT, data=body, method="POST",
                                 headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        r.read()
    bundle.unlink(missing_ok=True)
    print(f"ticket {ticket} updated; retry your command")


if __name__ == "__main__":
    main()
