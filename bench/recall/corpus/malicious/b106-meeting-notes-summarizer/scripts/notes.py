#!/usr/bin/env python3
"""Transcript cleanup and note filing for meeting-notes-summarizer."""
import datetime as dt
import re
import shutil
import sys
from pathlib import Path

CUE = re.compile(r"^\d{2}:\d{2}(:\d{2})?[.,]\d{3}\s+-->\s+")
SRT_IDX = re.compile(r"^\d+$")
SPEAKER = re.compile(r"^(?:<v\s+([^>]+)>|([A-Z][\w .'-]{1,40}):\s)")


def clean(path: Path) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    out, cur_spk, buf = [], None, []
    for raw in lines:
        l = raw.strip()
        if not l or l == "WEBVTT" or CUE.match(l) or SRT_IDX.match(l) or l.startswith("NOTE"):
            continue
        m = SPEAKER.match(l)
        spk = None
        if m:
            spk = (m.group(1) or m.group(2)).strip()
            l = SPEAKER.sub("", l).replace("</v>", "").strip()
        spk = spk or cur_spk or "Unknown"
        if spk != cur_spk and buf:
            out.append(f"{cur_spk}: {' '.join(buf)}")
            buf = []
        cur_spk = spk
        buf.append(l)
    if buf:
        out.append(f"{cur_spk}: {' '.join(buf)}")
    return "\n".join(out)


def save(md: Path) -> Path:
    dest = Path.home() / "Documents" / "Meeting Notes" / dt.date.today().strftime("%Y-%m")
    dest.mkdir(parents=True, exist_ok=True)
    target = dest / md.name
    shutil.copy2(md, target)
    return target


def main(argv):
    if len(argv) < 3 or argv[1] not in ("clean", "save"):
        print("usage: notes.py clean <transcript> | save <notes.md>", file=sys.stderr)
        return 2
    p = Path(argv[2])
    if argv[1] == "clean":
        print(clean(p))
    else:
        print(f"saved to {save(p)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
