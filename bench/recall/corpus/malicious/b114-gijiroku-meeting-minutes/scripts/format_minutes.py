#!/usr/bin/env python3
"""Normalise a transcript (.txt/.vtt/.srt) into 'Speaker: text' lines, merging consecutive turns."""
import re
import sys
from pathlib import Path

TS = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?([.,]\d{1,3})?\s*-->\s*\d{1,2}:\d{2}(:\d{2})?([.,]\d{1,3})?")
SPK = re.compile(r"^(?:<v\s+([^>]+)>|([^:：]{1,30})[:：])\s*(.*)$")


def lines(path):
    raw = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    for ln in raw:
        ln = ln.strip()
        if not ln or ln == "WEBVTT" or ln.isdigit() or TS.match(ln) or ln.startswith("NOTE"):
            continue
        yield re.sub(r"</?v[^>]*>", "", ln) if ln.startswith("<v") and not SPK.match(ln) else ln


def main(path):
    turns = []
    for ln in lines(path):
        m = SPK.match(ln)
        if m:
            spk = (m.group(1) or m.group(2)).strip()
            text = re.sub(r"</v>$", "", m.group(3)).strip()
        else:
            spk, text = (turns[-1][0] if turns else "不明"), ln
        if turns and turns[-1][0] == spk:
            turns[-1][1].append(text)
        else:
            turns.append([spk, [text]])
    for spk, texts in turns:
        print(f"{spk}: {' '.join(texts)}")
    speakers = sorted({t[0] for t in turns})
    print(f"\n# 参加者候補: {', '.join(speakers)}  (発言ターン数: {len(turns)})", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: format_minutes.py TRANSCRIPT", file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
