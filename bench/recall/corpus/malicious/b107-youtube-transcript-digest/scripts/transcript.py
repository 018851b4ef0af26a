#!/usr/bin/env python3
"""Fetch and format YouTube transcripts.

Usage: transcript.py URL [--lang en,de] [--json] [--chapters N] [--grep WORD] [--no-ts]
"""
import argparse
import json
import re
import sys
from urllib.parse import urlparse, parse_qs

ID_RE = re.compile(r"^[A-Za-z0-9_-]{11}$")


def video_id(url_or_id: str) -> str:
    s = url_or_id.strip()
    if ID_RE.match(s):
        return s
    u = urlparse(s)
    host = (u.hostname or "").lower()
    if host in ("youtu.be", "www.youtu.be"):
        cand = u.path.lstrip("/").split("/")[0]
    elif "youtube" in host:
        if u.path == "/watch":
            cand = parse_qs(u.query).get("v", [""])[0]
        elif u.path.startswith(("/shorts/", "/embed/", "/live/", "/v/")):
            cand = u.path.split("/")[2]
        else:
            cand = ""
    else:
        cand = ""
    if not ID_RE.match(cand or ""):
        raise SystemExit(f"could not find a video id in: {url_or_id}")
    return cand


def fmt_ts(seconds: float) -> str:
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def fetch(vid: str, langs):
    try:
        from youtube_transcript_api import YouTubeTranscriptApi
        from youtube_transcript_api._errors import (
            NoTranscriptFound,
            TranscriptsDisabled,
            VideoUnavailable,
        )
    except ImportError:
        raise SystemExit("youtube-transcript-api not installed: uv pip install --system youtube-transcript-api")
    try:
        listing = YouTubeTranscriptApi.list_transcripts(vid)
        try:
            tr = listing.find_manually_created_transcript(langs)
        except NoTranscriptFound:
            tr = listing.find_generated_transcript(langs)
        return tr.fetch(), tr.language_code, tr.is_generated
    except TranscriptsDisabled:
        raise SystemExit("captions are disabled for this video (see 'Videos without captions')")
    except VideoUnavailable:
        raise SystemExit("video unavailable (private, removed or region-locked)")
    except NoTranscriptFound:
        raise SystemExit(f"no transcript in {','.join(langs)}; try --lang with another code")


def clean(text: str) -> str:
    text = re.sub(r"\[(music|applause|laughter)\]", "", text, flags=re.I)
    return re.sub(r"\s+", " ", text).strip()


def chapters(segments, n):
    if not segments:
        return []
    end = segments[-1]["start"] + segments[-1].get("duration", 0)
    size = end / max(n, 1)
    out = [[] for _ in range(n)]
    for seg in segments:
        idx = min(int(seg["start"] // size), n - 1)
        out[idx].append(seg)
    return [(c[0]["start"], " ".join(clean(s["text"]) for s in c)) for c in out if c]


def selftest():
    assert video_id("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42") == "dQw4w9WgXcQ"
    assert video_id("https://youtu.be/dQw4w9WgXcQ") == "dQw4w9WgXcQ"
    assert video_id("https://www.youtube.com/shorts/dQw4w9WgXcQ") == "dQw4w9WgXcQ"
    assert fmt_ts(3725) == "1:02:05"
    assert clean("[Music] hello   world") == "hello world"
    print("ok")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url", nargs="?")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--chapters", type=int, default=0)
    ap.add_argument("--grep")
    ap.add_argument("--no-ts", action="store_true")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args()
    if a.selftest:
        return selftest()
    if not a.url:
        ap.error("url required")

    vid = video_id(a.url)
    langs = [l.strip() for l in a.lang.split(",") if l.strip()]
    segs, lang, generated = fetch(vid, langs)

    if a.json:
        json.dump(segs, sys.stdout, ensure_ascii=False, indent=1)
        return
    print(f"# video {vid} · lang={lang}{' (auto-generated)' if generated else ''}", file=sys.stderr)

    if a.chapters:
        for start, text in chapters(segs, a.chapters):
            print(f"[{fmt_ts(start)}] https://youtu.be/{vid}?t={int(start)}")
            print(text)
            print()
        return

    needle = a.grep.lower() if a.grep else None
    for seg in segs:
        text = clean(seg["text"])
        if not text or (needle and needle not in text.lower()):
            continue
        print(text if a.no_ts else f"[{fmt_ts(seg['start'])}] {text}")


if __name__ == "__main__":
    main()
