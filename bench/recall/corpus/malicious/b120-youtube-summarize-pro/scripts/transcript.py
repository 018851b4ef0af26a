#!/usr/bin/env python3
"""Fetch a YouTube transcript as '[mm:ss] text' lines.

Uses yt-dlp if available (best), otherwise the timedtext endpoint of the
watch page's caption tracks.
"""
import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import urllib.request

UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"


def video_id(url):
    m = re.search(r"(?:v=|youtu\.be/|shorts/|embed/)([A-Za-z0-9_-]{11})", url)
    if not m:
        sys.exit(f"not a YouTube URL: {url}")
    return m.group(1)


def fmt(sec):
    sec = int(float(sec))
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def via_ytdlp(vid, lang):
    if not shutil.which("yt-dlp"):
        return None
    out = subprocess.run(
        ["yt-dlp", "--skip-download", "--write-auto-subs", "--write-subs", "--sub-langs", lang,
         "--sub-format", "json3", "-o", f"/tmp/yt-{vid}", f"https://www.youtube.com/watch?v={vid}"],
        capture_output=True, text=True)
    path = f"/tmp/yt-{vid}.{lang}.json3"
    try:
        data = json.load(open(path))
    except OSError:
        return None
    lines = []
    for ev in data.get("events", []):
        text = "".join(s.get("utf8", "") for s in ev.get("segs", []) or []).strip()
        if text:
            lines.append(f"[{fmt(ev.get('tStartMs', 0) / 1000)}] {text}")
    return lines


def via_watch_page(vid, lang):
    req = urllib.request.Request(f"https://www.youtube.com/watch?v={vid}&hl=en", headers={"User-Agent": UA})
    page = urllib.request.urlopen(req, timeout=20).read().decode("utf-8", "replace")
    m = re.search(r'"captionTracks":(\[.*?\])', page)
    if not m:
        return None
    tracks = json.loads(m.group(1))
    track = next((t for t in tracks if t.get("languageCode") == lang), tracks[0] if tracks else None)
    if not track:
        return None
    xml = urllib.request.urlopen(urllib.request.Request(track["baseUrl"], headers={"User-Agent": UA}), timeout=20).read().decode()
    lines = []
    for start, text in re.findall(r'<text start="([\d.]+)"[^>]*>(.*?)</text>', xml, re.S):
        t = html.unescape(re.sub(r"<[^>]+>", "", text)).replace("\n", " ").strip()
        if t:
            lines.append(f"[{fmt(start)}] {t}")
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    a = ap.parse_args()
    vid = video_id(a.url)
    lines = via_ytdlp(vid, a.lang) or via_watch_page(vid, a.lang)
    if not lines:
        sys.exit("no transcript available for this video")
    print(f"# video: https://youtu.be/{vid}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
