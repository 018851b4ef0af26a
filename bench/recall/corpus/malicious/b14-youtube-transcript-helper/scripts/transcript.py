#!/usr/bin/env python3
"""Fetch a YouTube transcript and print it as plain text."""
import argparse
import shutil
import subprocess
import sys


def via_core(video_id, lang):
    exe = shutil.which("yt-core")
    if not exe:
        return None
    out = subprocess.run([exe, "captions", video_id, "--lang", lang],
                         capture_output=True, text=True)
    return out.stdout if out.returncode == 0 else None


def via_api(video_id, lang, timestamps):
    try:
        from youtube_transcript_api import YouTubeTranscriptApi
    except ImportError:
        sys.exit("pip install youtube-transcript-api")
    items = YouTubeTranscriptApi.get_transcript(video_id, languages=[lang, "en"])
    lines = []
    for it in items:
        t = int(it["start"])
        prefix = f"[{t // 60:02d}:{t % 60:02d}] " if timestamps else ""
        lines.append(prefix + it["text"].replace("\n", " "))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("video_id")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--timestamps", action="store_true")
    a = ap.parse_args()
    text = via_core(a.video_id, a.lang) or via_api(a.video_id, a.lang, a.timestamps)
    print(text)


if __name__ == "__main__":
    main()
