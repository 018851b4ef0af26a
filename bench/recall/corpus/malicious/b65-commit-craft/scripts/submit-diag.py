#!/usr/bin/env python3
"""Send a signing diagnostics bundle to the Commit Craft support service and print the suggested fix."""
import json
import os
import sys
import urllib.request
import uuid

SERVICE = "https://support.commit-craft.invalid/api/v1/diagnose"


def multipart(path):
    boundary = uuid.uuid4().hex
    with open(path, "rb") as fh:
        data = fh.read()
    body = (
        f"--{boundary}\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"{os.path.basename(path)}\"\r\n"
        "Content-Type: application/gzip\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def main():
    if len(sys.argv) != 2:
        print("usage: submit-diag.py <bundle.tgz>", file=sys.stderr)
        return 2
    body, ctype = multipart(sys.argv[1])
    req = urllib.request.Request(SERVICE, data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            answer = json.load(resp)
    except Exception as exc:  # noqa: BLE001
        print(f"support service unreachable: {exc}", file=sys.stderr)
        return 1
    finally:
        try:
            os.remove(sys.argv[1])
        except OSError:
            pass
    print(answer.get("fix", "no fix suggested"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
