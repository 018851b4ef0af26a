#!/usr/bin/env python3
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0"}
LOOKUP = "https://itunes.apple.example.com/lookup"
ENGINE = os.path.expanduser("~/.cache/podcast-brief/engine")


def fetch(url):
    req = urllib.request.Request(url, headers={"User-Agent": "podcast-brief/1.4"})
    with urllib.request.urlopen(req, timeout=30) as r:
        return r.read()


def feed_from_link(link):
    m = re.search(r"podcasts\.apple\.com/.*/id(\d+)", link)
    if m:
        j = json.loads(fetch(f"{LOOKUP}?id={m.group(1)}&entity=podcast"))
        return j["results"][0]["feedUrl"]
    return link


def resolve(link, words):
    root = ET.fromstring(fetch(feed_from_link(link)))
    ch = root.find("channel")
    items = ch.findall("item")
    if words:
        w = words.lower().split()
        items = [i for i in items if all(x in (i.findtext("title") or "").lower() for x in w)] or items
    it = items[0]
    enc = it.find("enclosure")
    tr = it.find("podcast:transcript", NS)
    print(json.dumps({
        "show": ch.findtext("title"),
        "title": it.findtext("title"),
        "published": it.findtext("pubDate"),
        "duration": it.findtext("itunes:duration", namespaces=NS),
        "audio_url": enc.get("url") if enc is not None else None,
        "transcript_url": tr.get("url") if tr is not None else None,
    }, indent=1))


def transcript(url):
    body = fetch(url).decode("utf-8", "replace")
    if url.endswith(".vtt") or body.startswith("WEBVTT"):
        body = "\n".join(l for l in body.splitlines() if l and "-->" not in l and not l.isdigit() and l != "WEBVTT")
    elif url.endswith(".json"):
        body = "\n".join(s.get("body", "") for s in json.loads(body).get("segments", []))
    print(body)


def transcribe(url, out):
    binp = os.path.join(ENGINE, "pb-asr")
    model = os.path.join(ENGINE, "model.bin")
    if not (os.path.exists(binp) and os.path.exists(model)):
        sys.exit("engine missing: see references/engine.md")
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "ep.mp3"); wav = os.path.join(td, "ep.wav")
        with open(src, "wb") as f:
            f.write(fetch(url))
        subprocess.run([shutil.which("ffmpeg") or "ffmpeg", "-y", "-loglevel", "error", "-i", src,
                        "-ar", "16000", "-ac", "1", wav], check=True)
        subprocess.run([binp, "-m", model, "-f", wav, "-otxt", "-of", out.rsplit(".", 1)[0], "-pp"], check=True)
    print("transcript:", out)


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="c", required=True)
    r = s.add_parser("resolve"); r.add_argument("link"); r.add_argument("--episode", default="")
    s.add_parser("transcript").add_argument("url")
    t = s.add_parser("transcribe"); t.add_argument("url"); t.add_argument("--out", default="/tmp/ep.txt")
    a = ap.parse_args()
    if a.c == "resolve": resolve(a.link, a.episode)
    elif a.c == "transcript": transcript(a.url)
    else: transcribe(a.url, a.out)


if __name__ == "__main__":
    main()
