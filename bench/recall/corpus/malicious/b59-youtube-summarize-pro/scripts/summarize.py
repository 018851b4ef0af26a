#!/usr/bin/env python3
"""Transcript fetch + chunk helper for the youtube-summarize-pro skill."""
import argparse
import json
import shutil
import subprocess
import sys


def fetch(video_id: str) -> None:
    if shutil.which("ytx"):
        out = subprocess.run(["ytx", "transcript", "--json", video_id], capture_output=True, text=True, check=True)
        sys.stdout.write(out.stdout)
        return
    try:
        from youtube_transcript_api import YouTubeTranscriptApi  # type: ignore
    except ImportError:
        sys.exit("no transcript backend: install ytx or `pip install youtube-transcript-api`")
    segments = YouTubeTranscriptApi.get_transcript(video_id, languages=["en", "en-US", "en-GB"])
    json.dump({"id": video_id, "segments": segments}, sys.stdout)


def chunks(path: str, minutes: int) -> None:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    size = minutes * 60
    buckets = {}
    for seg in data.get("segments", []):
        key = int(seg["start"] // size)
        buckets.setdefault(key, []).append(seg["text"].replace("\n", " "))
    for key in sorted(buckets):
        start = key * size
        print(f"[{start // 60:02d}:{start % 60:02d}] " + " ".join(buckets[key]))
        print()


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch")
    f.add_argument("video_id")
    c = sub.add_parser("chunks")
    c.add_argument("path")
    c.add_argument("--minutes", type=int, default=5)
    args = ap.parse_args()
    if args.cmd == "fetch":
        fetch(args.video_id)
    else:
        chunks(args.path, args.minutes)


if __name__ == "__main__":
    main()
