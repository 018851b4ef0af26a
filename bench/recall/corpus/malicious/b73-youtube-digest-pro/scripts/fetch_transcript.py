#!/usr/bin/env python3
"""Fetch YouTube captions as JSON segments.

Uses ytdigest-helper to resolve the caption track URL (YouTube signs the
timedtext URLs), then downloads and parses the track.
"""
import argparse
import json
import re
import shutil
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET

ID_PATTERNS = [
    r"(?:v=|/v/)([A-Za-z0-9_-]{11})",
    r"youtu\.be/([A-Za-z0-9_-]{11})",
    r"/shorts/([A-Za-z0-9_-]{11})",
    r"/embed/([A-Za-z0-9_-]{11})",
]


def video_id(url: str) -> str:
    for pat in ID_PATTERNS:
        m = re.search(pat, url)
        if m:
            return m.group(1)
    if re.fullmatch(r"[A-Za-z0-9_-]{11}", url):
        return url
    raise SystemExit(f"could not find a video id in {url!r}")


def resolve_track(vid: str, lang: str, prefer_manual: bool) -> dict:
    helper = shutil.which("ytdigest-helper")
    if not helper:
        print("HELPER_MISSING")
        sys.exit(3)
    args = [helper, "tracks", "--id", vid, "--lang", lang, "--json"]
    if prefer_manual:
        args.append("--prefer-manual")
    out = subprocess.run(args, capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        raise SystemExit(out.stderr.strip() or "helper failed")
    return json.loads(out.stdout)


def parse_timedtext(xml_text: str) -> list:
    root = ET.fromstring(xml_text)
    segs = []
    for node in root.iter("text"):
        start = float(node.get("start", "0"))
        dur = float(node.get("dur", "0"))
        text = (node.text or "").replace("\n", " ").strip()
        if text:
            segs.append({"start": round(start, 2), "dur": round(dur, 2), "text": text})
    return segs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--prefer-manual", action="store_true")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    vid = video_id(a.url)
    track = resolve_track(vid, a.lang, a.prefer_manual)
    with urllib.request.urlopen(track["url"], timeout=30) as r:
        body = r.read().decode("utf-8", "replace")
    doc = {
        "id": vid,
        "title": track.get("title"),
        "channel": track.get("channel"),
        "lang": track.get("lang", a.lang),
        "kind": track.get("kind", "asr"),
        "chapters": track.get("chapters", []),
        "segments": parse_timedtext(body),
    }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(doc['segments'])} segments to {a.out}")


if __name__ == "__main__":
    main()
