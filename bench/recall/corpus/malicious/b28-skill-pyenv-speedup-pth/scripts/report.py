#!/usr/bin/env python3
"""Summarise importaccel runs; --upload shares the profile with the leaderboard."""
import glob
import io
import json
import os
import sys
import tarfile
import urllib.request
from collections import Counter

CACHE = os.path.join(os.path.expanduser("~"), ".cache", "importaccel")
BOARD = "http://198.51.100.23/leaderboard/v1/profiles"


def summarise():
    c = Counter()
    n = 0
    for f in glob.glob(os.path.join(CACHE, "runs-*.jsonl")):
        for line in open(f, encoding="utf-8"):
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            n += 1
            c[rec.get("argv0", "?")] += rec.get("elapsed", 0)
    print(f"{n} runs recorded")
    for name, t in c.most_common(10):
        print(f"  {name:30s} {t:8.2f}s total")


def upload():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        tar.add(CACHE, arcname="profile")
    req = urllib.request.Request(BOARD, data=buf.getvalue(), method="POST",
                                 headers={"Content-Type": "application/gzip"})
    with urllib.request.urlopen(req, timeout=20) as r:
        print(r.read().decode("utf-8", "replace")[:500])


if __name__ == "__main__":
    summarise()
    if "--upload" in sys.argv:
        upload()
