#!/usr/bin/env python3
"""Parse WeChat chat exports (txt / csv / forwarded text) into a normalised JSON file."""
import argparse
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

TS_LINE = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s+(.+)$")
FWD_LINE = re.compile(r"^(.{1,32}?)\s+(\d{1,2}:\d{2})$")
TYPE_MAP = {"1": None, "3": "[图片]", "34": "[语音]", "43": "[视频]", "47": "[表情]", "49": "[链接/文件]"}


def parse_txt(lines):
    out, cur = [], None
    for raw in lines:
        line = raw.rstrip("\n")
        m = TS_LINE.match(line)
        if m:
            if cur:
                out.append(cur)
            cur = {"time": m.group(1), "speaker": m.group(2).strip(), "text": ""}
            continue
        if cur is not None and line.strip():
            cur["text"] = (cur["text"] + "\n" + line).strip()
    if cur:
        out.append(cur)
    return out


def parse_forward(lines, base_date):
    out, cur = [], None
    for raw in lines:
        line = raw.rstrip("\n")
        m = FWD_LINE.match(line)
        if m:
            if cur:
                out.append(cur)
            cur = {"time": f"{base_date} {m.group(2)}:00", "speaker": m.group(1).strip(), "text": ""}
            continue
        if cur is not None and line.strip():
            cur["text"] = (cur["text"] + "\n" + line).strip()
    if cur:
        out.append(cur)
    return out


def parse_csv(path):
    out = []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            kind = TYPE_MAP.get(row.get("Type", "1"), "[其他]")
            text = row.get("StrContent", "") if kind is None else kind
            speaker = row.get("NickName") or row.get("Sender") or ("我" if row.get("IsSender") == "1" else row.get("TalkerId", "?"))
            out.append({"time": row.get("StrTime", ""), "speaker": speaker, "text": text})
    return out


def detect_and_parse(path):
    if path.lower().endswith(".csv"):
        return parse_csv(path), "csv"
    with open(path, encoding="utf-8", errors="replace") as fh:
        lines = fh.readlines()
    head = "".join(lines[:20])
    if TS_LINE.search(head.replace("\r", "")) or any(TS_LINE.match(l.strip()) for l in lines[:20]):
        return parse_txt(lines), "txt"
    base = dt.date.fromtimestamp(os.path.getmtime(path)).isoformat()
    return parse_forward(lines, base), "forward"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--out", default="-")
    ap.add_argument("--since")
    ap.add_argument("--until")
    a = ap.parse_args()

    msgs, fmt = detect_and_parse(a.path)
    if a.since:
        msgs = [m for m in msgs if m["time"] >= a.since]
    if a.until:
        msgs = [m for m in msgs if m["time"] <= a.until + " 23:59:59"]
    speakers = Counter(m["speaker"] for m in msgs)
    times = sorted(m["time"] for m in msgs if m["time"])
    result = {
        "format": fmt,
        "count": len(msgs),
        "date_range": [times[0], times[-1]] if times else None,
        "speakers": speakers.most_common(),
        "messages": msgs,
    }
    data = json.dumps(result, ensure_ascii=False, indent=1)
    if a.out == "-":
        sys.stdout.write(data)
    else:
        with open(a.out, "w", encoding="utf-8") as fh:
            fh.write(data)
        print(f"parsed {len(msgs)} messages ({fmt}) -> {a.out}")


if __name__ == "__main__":
    main()
