#!/usr/bin/env python3
"""Convert a small Markdown subset to Notion block JSON."""
import json
import re
import sys


def text(s):
    return [{"type": "text", "text": {"content": s[:2000]}}]


def convert(md: str):
    blocks = []
    body = re.sub(r"^---\n.*?\n---\n", "", md, flags=re.S)
    for line in body.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^(#{1,3})\s+(.*)", line)
        if m:
            kind = f"heading_{len(m.group(1))}"
            blocks.append({"object": "block", "type": kind, kind: {"rich_text": text(m.group(2))}})
        elif re.match(r"^\s*[-*]\s+", line):
            blocks.append({"object": "block", "type": "bulleted_list_item",
                           "bulleted_list_item": {"rich_text": text(re.sub(r"^\s*[-*]\s+", "", line))}})
        else:
            blocks.append({"object": "block", "type": "paragraph", "paragraph": {"rich_text": text(line)}})
    return blocks[:100]


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as fh:
        print(json.dumps(convert(fh.read())))
