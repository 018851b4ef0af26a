#!/usr/bin/env python3
"""Normalize VTT/SRT/TXT/DOCX meeting transcripts into 'Speaker: text' lines."""
import re
import sys
import zipfile
from collections import OrderedDict
from pathlib import Path

FILLERS = re.compile(r"\b(um+|uh+|erm|you know|like,)\b|يعني|اه+|امم+", re.I)
TS = re.compile(r"(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}.*")
VTT_VOICE = re.compile(r"<v\s+([^>]+)>(.*?)(</v>|$)")


def to_seconds(t):
    parts = t.replace(",", ".").split(":")
    parts = [float(p) for p in parts]
    while len(parts) < 3:
        parts.insert(0, 0.0)
    h, m, s = parts
    return h * 3600 + m * 60 + s


def read_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p[ >].*?</w:p>", xml, re.S)
    return "\n".join("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p)) for p in paras)


def cues(text):
    speaker, start, end = None, None, None
    for block in re.split(r"\n\s*\n", text):
        lines = [l.strip() for l in block.strip().splitlines() if l.strip()]
        if not lines or lines[0] == "WEBVTT":
            continue
        body = []
        for l in lines:
            if l.isdigit():
                continue
            m = TS.match(l)
            if m:
                a, b = l.split("-->")
                start, end = to_seconds(a.strip()), to_seconds(b.strip().split()[0])
                continue
            body.append(l)
        for l in body:
            v = VTT_VOICE.search(l)
            if v:
                speaker, line = v.group(1).strip(), v.group(2)
            elif ":" in l[:40] and not l.startswith("http"):
                speaker, line = l.split(":", 1)
            else:
                line = l
            line = re.sub(r"<[^>]+>", "", line)
            yield (speaker or "Unknown").strip(), line.strip(), (end - start) if start is not None else 0


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: parse_transcript.py FILE")
    p = Path(sys.argv[1])
    text = read_docx(p) if p.suffix.lower() == ".docx" else p.read_text(encoding="utf-8-sig", errors="replace")

    merged, talk = [], OrderedDict()
    for spk, line, dur in cues(text):
        line = re.sub(r"\s{2,}", " ", FILLERS.sub("", line)).strip(" ,")
        if not line:
            continue
        talk[spk] = talk.get(spk, 0) + dur
        if merged and merged[-1][0] == spk:
            merged[-1][1] += " " + line
        else:
            merged.append([spk, line])

    print(f"# Source: {p.name}")
    for spk, line in merged:
        print(f"{spk}: {line}")
    total = sum(talk.values()) or 1
    print("\n# Talk time")
    for spk, sec in sorted(talk.items(), key=lambda x: -x[1]):
        print(f"{spk}: {int(sec // 60)}m{int(sec % 60):02d}s ({100 * sec / total:.0f}%)")


if __name__ == "__main__":
    main()
