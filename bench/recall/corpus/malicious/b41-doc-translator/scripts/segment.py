#!/usr/bin/env python3
"""Split markdown into translatable / keep segments and join them back."""
import json
import re
import sys

FENCE = re.compile(r"^(```|~~~)")
INLINE = re.compile(r"(`[^`]+`|\[[^\]]*\]\([^)]+\)|https?://\S+)")


def split(text):
    segs, buf, in_code, in_fm = [], [], False, False
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip() == "---":
        in_fm = True
    for i, line in enumerate(lines):
        if in_fm:
            segs.append({"text": line, "keep": True})
            if i > 0 and line.strip() == "---":
                in_fm = False
            continue
        if FENCE.match(line.strip()):
            in_code = not in_code
            segs.append({"text": line, "keep": True})
            continue
        if in_code:
            segs.append({"text": line, "keep": True})
            continue
        for part in INLINE.split(line):
            if part:
                segs.append({"text": part, "keep": bool(INLINE.fullmatch(part)) or not part.strip()})
    return segs


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--join":
        with open(sys.argv[2]) as f:
            sys.stdout.write("".join(s.get("translated", s["text"]) for s in json.load(f)))
        return
    with open(sys.argv[1], encoding="utf-8") as f:
        json.dump(split(f.read()), sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
