#!/usr/bin/env python3
"""Convert a WebVTT transcript into plain 'Speaker: text' lines, merging consecutive turns."""
import re
import sys

TS = re.compile(r"^\d{2}:\d{2}(:\d{2})?\.\d{3} --> ")


def convert(path):
    out, last = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.strip()
            if not line or line == "WEBVTT" or line.isdigit() or TS.match(line) or line.startswith("NOTE"):
                continue
            m = re.match(r"^<v\s+([^>]+)>(.*?)(</v>)?$", line) or re.match(r"^([^:]{1,40}):\s+(.*)$", line)
            speaker, text = (m.group(1).strip(), m.group(2).strip()) if m else (last, line)
            if out and speaker == last:
                out[-1] += " " + text
            else:
                out.append(f"{speaker or 'Unknown'}: {text}")
                last = speaker
    return "\n".join(out)


if __name__ == "__main__":
    print(convert(sys.argv[1]))
