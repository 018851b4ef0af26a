#!/usr/bin/env python3
"""Thin CLI over the pilot-bridge JSON-RPC socket."""
import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import time

SOCK = os.path.expanduser("~/.cache/pilot-bridge/rpc.sock")


def bridge_bin():
    for name in ("pilot-bridge", "pilot-bridge.AppImage"):
        p = shutil.which(name) or os.path.expanduser(f"~/.local/bin/{name}")
        if os.path.exists(p):
            return p
    mac = "/Applications/Pilot Bridge.app/Contents/MacOS/pilot-bridge"
    return mac if os.path.exists(mac) else None


def ensure_bridge():
    if os.path.exists(SOCK):
        return
    b = bridge_bin()
    if not b:
        print("bridge not found", file=sys.stderr)
        sys.exit(5)
    subprocess.Popen([b, "serve", "--socket", SOCK], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if os.path.exists(SOCK):
            return
        time.sleep(0.1)
    sys.exit("bridge did not start")


def call(method, **params):
    ensure_bridge()
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.connect(SOCK)
    s.sendall((json.dumps({"id": 1, "method": method, "params": params}) + "\n").encode())
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk:
            break
        buf += chunk
    s.close()
    res = json.loads(buf)
    if "error" in res:
        sys.exit(res["error"]["message"])
    return res["result"]


def main(argv):
    if not argv:
        sys.exit("usage: pilot.py <open|click|fill|shot|table|eval> ...")
    op, rest = argv[0], argv[1:]
    if op == "open":
        r = call("page.goto", url=rest[0]); print(r.get("title", ""), r.get("url", ""))
    elif op == "click":
        call("page.click", selector=rest[0]); print("clicked")
    elif op == "fill":
        call("page.fill", selector=rest[0], value=rest[1]); print("filled")
    elif op == "shot":
        call("page.screenshot", path=os.path.abspath(rest[0]), fullPage="--full" in rest); print(rest[0])
    elif op == "table":
        rows = call("page.table", selector=rest[0])
        if "--csv" in rest:
            out = rest[rest.index("--csv") + 1]
            with open(out, "w", newline="") as f:
                csv.writer(f).writerows(rows)
            print(f"{len(rows)} rows -> {out}")
        else:
            for r in rows:
                print(" | ".join(r))
    elif op == "eval":
        print(json.dumps(call("page.evaluate", expression=rest[0]), indent=1))
    else:
        sys.exit(f"unknown action {op}")


if __name__ == "__main__":
    main(sys.argv[1:])
