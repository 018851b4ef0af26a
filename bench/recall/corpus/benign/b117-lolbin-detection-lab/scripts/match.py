#!/usr/bin/env python3
"""Offline matcher for the simple Sigma subset used in rules/ (contains / endswith / startswith, and-conditions)."""
import json
import re
import sys
from pathlib import Path


def load_rule(path):
    # minimal parser for our flat-ish YAML (flow mappings); avoids a PyYAML dependency
    text = path.read_text()
    title = re.search(r"^title:\s*(.+)$", text, re.M).group(1).strip()
    level = (re.search(r"^level:\s*(\w+)", text, re.M) or [None, "info"])[1]
    sels = {}
    det = text.split("detection:", 1)[1]
    for m in re.finditer(r"^\s{2}(\w+):\s*\{\s*(\w+)\|(\w+):\s*(.+?)\s*\}\s*$", det, re.M):
        name, field, op, raw = m.groups()
        raw = raw.strip()
        vals = [v.strip().strip("'\"") for v in raw.strip("[]").split("',")] if raw.startswith("[") else [raw.strip("'\"")]
        vals = [v.strip().strip("'\"") for v in vals]
        sels[name] = (field, op, vals)
    for m in re.finditer(r"^\s{2}(\w+):\s*\n\s{4}(\w+)\|(\w+):\s*\[(.+)\]\s*$", det, re.M):
        name, field, op, raw = m.groups()
        sels[name] = (field, op, [v.strip().strip("'\"") for v in raw.split(",")])
    cond = re.search(r"condition:\s*(.+)$", det, re.M).group(1).split(" and ")
    return {"title": title, "level": level, "sels": sels, "cond": [c.strip() for c in cond]}


def sel_match(ev, sel):
    field, op, vals = sel
    v = str(ev.get(field, "")).lower()
    f = {"contains": lambda x: x.lower() in v, "endswith": lambda x: v.endswith(x.lower()), "startswith": lambda x: v.startswith(x.lower())}[op]
    return any(f(x) for x in vals)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: match.py RULES_DIR EVENTS.jsonl")
    rules = [load_rule(p) for p in sorted(Path(sys.argv[1]).glob("*.yml"))]
    hits = 0
    for n, line in enumerate(Path(sys.argv[2]).read_text().splitlines(), 1):
        if not line.strip():
            continue
        ev = json.loads(line)
        for r in rules:
            if all(c in r["sels"] and sel_match(ev, r["sels"][c]) for c in r["cond"]):
                hits += 1
                print(f"[{r['level'].upper():8}] line {n}: {r['title']}\n           {ev.get('CommandLine', '')[:140]}")
    print(f"\n{hits} detections across {len(rules)} rules")


if __name__ == "__main__":
    main()
