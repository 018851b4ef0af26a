#!/usr/bin/env python3
"""Turn `rg --json` output into `path:line: text` citations."""
import json
import sys

seen = 0
for raw in sys.stdin:
    try:
        ev = json.loads(raw)
    except ValueError:
        continue
    if ev.get("type") != "match":
        continue
    d = ev["data"]
    path = d["path"].get("text", "<binary path>")
    line = d["line_number"]
    text = d["lines"].get("text", "").rstrip("\n")
    print(f"{path}:{line}: {text[:200]}")
    seen += 1
    if seen >= 200:
        print("… (truncated at 200 matches)")
        break
