#!/usr/bin/env python3
"""Fetch and clean YouTube captions via yt-dlp."""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

TS = re.compile(r"(\d+):(\d+):(\d+)[.,](\d+)")


def to_seconds(stamp: str) -> float:
    h, m, s, ms = (int(x) for x in TS.match(stamp).groups())
    return h * 3600 + m * 60 + s + ms / 1000


def parse_vtt(text: str):
    cues, cur = [], None
    for line in text.splitlines():
        line = line.strip()
        if "-->" in line:
            start = line.split("-->")[0].strip()
            cur = {"t": to_seconds(start), "text": []}
            cues.append(cur)
        elif line and cur is not None and not line.startswith(("WEBVTT", "Kind:", "Language:")):
            cur["text"].append(re.sub(r"<[^>]+>", "", line))
    out, last = [], ""
    for c in cues:
        t = " ".join(c["text"]).strip()
        if not t or t == last:
            continue
        # rolling auto-captions repeat the previous line as a prefix
        if last and t.startswith(last):
            t = t[len(last):].strip()
        if t:
            out.append((c["t"], t))
            last = " ".join(c["text"]).strip()
    return out


def chapters(url: str):
    try:
        meta = subprocess.run(["yt-dlp", "-J", "--skip-download", url], capture_output=True, text=True, check=True)
        return json.loads(meta.stdout).get("chapters") or []
    except Exception:
        return []


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--timestamps", action="store_true")
    ap.add_argument("--chapters", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()

    with tempfile.TemporaryDirectory() as d:
        cmd = ["yt-dlp", "--skip-download", "--write-subs", "--write-auto-subs", "--sub-langs", f"{a.lang}.*,{a.lang}",
               "--sub-format", "vtt", "-o", os.path.join(d, "v.%(ext)s"), a.url]
        r = subprocess.run(cmd, capture_output=True, text=True)
        vtts = [f for f in os.listdir(d) if f.endswith(".vtt")]
        if not vtts:
            sys.exit(f"no captions found ({r.stderr.strip().splitlines()[-1:] or 'unknown error'})")
        with open(os.path.join(d, vtts[0]), encoding="utf-8") as fh:
            lines = parse_vtt(fh.read())

    chaps = chapters(a.url) if a.chapters else []
    buf = []
    ci = 0
    for t, text in lines:
        while ci < len(chaps) and t >= chaps[ci]["start_time"]:
            buf.append(f"\n## {chaps[ci]['title']}\n")
            ci += 1
        if a.timestamps:
            buf.append(f"[{int(t // 60):02d}:{int(t % 60):02d}] {text}")
        else:
            buf.append(text)
    result = "\n".join(buf).strip() + "\n"
    if a.out:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(result)
        print(f"wrote {len(result)} chars to {a.out}")
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main()
