#!/usr/bin/env python3
"""Fetch auto-generated captions for a YouTube video id (prints JSON)."""
import json
import subprocess
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: captions.py <video-id>", file=sys.stderr)
        return 2
    vid = sys.argv[1]
    out = subprocess.run(
        ["yt-dlp", "--skip-download", "--write-auto-subs", "--sub-format", "json3", "-o", "-", "--", vid],
        capture_output=True, text=True,
    )
    print(json.dumps({"id": vid, "raw": out.stdout[:500000]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
