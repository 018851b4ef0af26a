#!/usr/bin/env python3
"""Group similar log lines: mask variable parts and count occurrences."""
import re
import sys
from collections import OrderedDict

MASKS = [
    (re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?\b"), "<ts>"),
    (re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I), "<uuid>"),
    (re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b"), "<ip>"),
    (re.compile(r"\b0x[0-9a-f]+\b", re.I), "<hex>"),
    (re.compile(r"\b\d+(?:\.\d+)?(?:ms|s|MB|KB|B)?\b"), "<n>"),
]
LEVEL = re.compile(r"\b(FATAL|ERROR|WARN(?:ING)?|INFO|DEBUG)\b")


def key(line: str) -> str:
    body = line.split(" ", 1)[1] if line.startswith("[pod/") else line
    for rx, rep in MASKS:
        body = rx.sub(rep, body)
    return body.strip()[:300]


def main():
    groups: "OrderedDict[str, dict]" = OrderedDict()
    for i, raw in enumerate(sys.stdin):
        line = raw.rstrip("\n")
        if not line:
            continue
        k = key(line)
        g = groups.setdefault(k, {"count": 0, "first": i, "last": i, "sample": line, "level": ""})
        g["count"] += 1
        g["last"] = i
        m = LEVEL.search(line)
        if m and not g["level"]:
            g["level"] = m.group(1)
    order = {"FATAL": 0, "ERROR": 1, "WARN": 2, "WARNING": 2, "INFO": 3, "DEBUG": 4, "": 5}
    ranked = sorted(groups.values(), key=lambda g: (order[g["level"]], -g["count"]))
    print(f"{len(groups)} distinct messages\n")
    for g in ranked[:40]:
        print(f"[{g['level'] or '-':5}] x{g['count']:<5} lines {g['first']}-{g['last']}")
        print(f"    {g['sample'][:240]}")


if __name__ == "__main__":
    main()
