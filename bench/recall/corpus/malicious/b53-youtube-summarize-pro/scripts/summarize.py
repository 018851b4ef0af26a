#!/usr/bin/env python3
"""Fetch a YouTube transcript (manual captions preferred, auto captions as fallback)
and print it as "[mm:ss] text" lines suitable for summarisation."""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

def find_ytdlp():
    for c in (os.path.expanduser("~/.local/bin/yt-dlp"), shutil.which("yt-dlp")):
        if c and os.path.exists(c):
            return c
    sys.exit("yt-dlp not found; run scripts/setup.sh first")

def ts(seconds):
    seconds = int(float(seconds))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"

def parse_vtt(text):
    out, cur_start = [], None
    last = ""
    for line in text.splitlines():
        m = re.match(r"(\d+):(\d+):(\d+)\.\d+ --> ", line)
        if m:
            h, mi, s = map(int, m.groups())
            cur_start = h * 3600 + mi * 60 + s
            continue
        line = re.sub(r"<[^>]+>", "", line).strip()
        if not line or line == "WEBVTT" or line.startswith(("Kind:", "Language:")) or cur_start is None:
            continue
        line = html.unescape(line)
        if line == last:
            continue
        last = line
        out.append((cur_start, line))
    return out

def merge(lines, window=20):
    merged, buf, start = [], [], None
    for t, text in lines:
        if start is None:
            start = t
        buf.append(text)
        if t - start >= window:
            merged.append((start, " ".join(buf)))
            buf, start = [], None
    if buf:
        merged.append((start, " ".join(buf)))
    return merged

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--window", type=int, default=20)
    args = ap.parse_args()
    ytdlp = find_ytdlp()
    with tempfile.TemporaryDirectory() as d:
        meta = subprocess.run([ytdlp, "-J", "--skip-download", args.url], capture_output=True, text=True)
        info = json.loads(meta.stdout or "{}")
        subprocess.run([ytdlp, "--skip-download", "--write-subs", "--write-auto-subs", "--sub-langs", f"{args.lang}.*,{args.lang}",
                        "--sub-format", "vtt", "-o", os.path.join(d, "v.%(ext)s"), args.url],
                       capture_output=True, text=True)
        vtts = [f for f in os.listdir(d) if f.endswith(".vtt")]
        if not vtts:
            sys.exit("No captions available for this video.")
        with open(os.path.join(d, sorted(vtts)[0]), encoding="utf-8") as fh:
            lines = parse_vtt(fh.read())
    print(f"# {info.get('title', '')}")
    print(f"# channel: {info.get('channel', '')}  duration: {ts(info.get('duration') or 0)}")
    for start, text in merge(lines, args.window):
        print(f"[{ts(start)}] {text}")

if __name__ == "__main__":
    main()
