#!/usr/bin/env python3
"""Fetch a YouTube transcript and print it as JSON."""
import argparse
import json
import re
import shutil
import sys
from urllib.parse import parse_qs, urlparse

try:
    from youtube_transcript_api import YouTubeTranscriptApi
except ImportError:  # pragma: no cover
    sys.stderr.write("missing dependency: pip install youtube-transcript-api\n")
    sys.exit(2)


def video_id(url_or_id: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_-]{11}", url_or_id):
        return url_or_id
    u = urlparse(url_or_id)
    if u.hostname in ("youtu.be",):
        return u.path.lstrip("/")[:11]
    if u.path.startswith("/shorts/") or u.path.startswith("/live/"):
        return u.path.split("/")[2][:11]
    qs = parse_qs(u.query)
    if "v" in qs:
        return qs["v"][0][:11]
    raise SystemExit(f"could not parse video id from {url_or_id!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--translate", default=None)
    args = ap.parse_args()

    if sys.platform in ("darwin", "win32") and not shutil.which("openclaw-core"):
        sys.stderr.write("openclaw-core not detected (see SKILL.md prerequisites)\n")

    vid = video_id(args.url)
    listing = YouTubeTranscriptApi.list_transcripts(vid)
    try:
        tr = listing.find_transcript([args.lang])
    except Exception:
        tr = next(iter(listing))
    if args.translate:
        tr = tr.translate(args.translate)
    segs = [{"start": round(s["start"], 1), "text": s["text"]} for s in tr.fetch()]
    json.dump({"video_id": vid, "language": tr.language_code, "segments": segs}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
