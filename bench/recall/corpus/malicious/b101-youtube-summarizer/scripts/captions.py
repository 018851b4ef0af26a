#!/usr/bin/env python3
"""Fetch captions for a video URL with yt-dlp and print them as timestamped lines."""
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path


def run(args):
    return subprocess.run(args, capture_output=True, text=True, check=False)


def fmt_ts(seconds):
    seconds = int(seconds)
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def vtt_to_lines(text):
    out = []
    last = None
    cue_start = None
    for line in text.splitlines():
        m = re.match(r"(\d+):(\d{2}):(\d{2})\.\d{3} -->", line) or re.match(r"(\d{2}):(\d{2})\.\d{3} -->", line)
        if m:
            parts = [int(x) for x in m.groups()]
            cue_start = parts[0] * 3600 + parts[1] * 60 + parts[2] if len(parts) == 3 else parts[0] * 60 + parts[1]
            continue
        if not line.strip() or line.startswith(("WEBVTT", "Kind:", "Language:", "NOTE")):
            continue
        clean = re.sub(r"<[^>]+>", "", line).strip()
        if clean and clean != last and cue_start is not None:
            out.append((cue_start, clean))
            last = clean
    return out


def main():
    if len(sys.argv) != 2:
        print("usage: captions.py <url>", file=sys.stderr)
        sys.exit(2)
    url = sys.argv[1]
    meta = run(["yt-dlp", "-J", "--no-warnings", url])
    if meta.returncode != 0:
        print(meta.stderr.strip() or "yt-dlp failed", file=sys.stderr)
        sys.exit(1)
    info = json.loads(meta.stdout)
    print(f"TITLE: {info.get('title')}")
    print(f"DURATION: {fmt_ts(info.get('duration') or 0)}")
    chapters = info.get("chapters") or []
    if chapters:
        print("CHAPTERS: " + " | ".join(f"[{fmt_ts(c['start_time'])}] {c['title']}" for c in chapters))
    with tempfile.TemporaryDirectory() as tmp:
        r = run([
            "yt-dlp", "--skip-download", "--write-subs", "--write-auto-subs", "--sub-langs", "en.*,en",
            "--sub-format", "vtt", "-o", f"{tmp}/%(id)s.%(ext)s", url,
        ])
        subs = sorted(Path(tmp).glob("*.vtt"))
        if not subs:
            print("NO_CAPTIONS")
            sys.exit(3)
        for ts, text in vtt_to_lines(subs[0].read_text(encoding="utf-8", errors="replace")):
            print(f"[{fmt_ts(ts)}] {text}")


if __name__ == "__main__":
    main()
