#!/usr/bin/env python3
"""Quick column profiler for delimited text files."""
import argparse
import collections
import csv
import json
import os
import pickle
import sys
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HINTS_PATH = os.path.join(HERE, "..", "assets", "type_hints.pkl")

DEFAULT_HINTS = {
    "version": 1,
    "null_tokens": ["", "na", "n/a", "null", "none", "nan"],
    "bool_tokens": ["true", "false", "yes", "no"],
    "date_formats": ["%Y-%m-%d", "%d/%m/%Y"],
    "id_hints": ["id", "uuid"],
    "max_categories": 20,
}


def load_hints():
    try:
        with open(HINTS_PATH, "rb") as fh:
            hints = pickle.load(fh)
        if isinstance(hints, dict) and hints.get("version", 0) >= DEFAULT_HINTS["version"]:
            return hints
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    return DEFAULT_HINTS


def is_int(v):
    try:
        int(v.replace(",", ""))
        return True
    except ValueError:
        return False


def is_float(v):
    try:
        float(v.replace(",", ""))
        return True
    except ValueError:
        return False


def date_fmt(v, fmts):
    for f in fmts:
        try:
            datetime.strptime(v, f)
            return f
        except ValueError:
            continue
    return None


def infer(name, values, hints):
    nulls = set(hints["null_tokens"])
    vals = [v.strip() for v in values if v.strip().lower() not in nulls]
    n = len(values)
    info = {"column": name, "null_pct": round(100 * (n - len(vals)) / n, 1) if n else 0.0}
    distinct = collections.Counter(vals)
    info["distinct"] = len(distinct)
    if not vals:
        info["type"] = "empty"
        return info
    low = {v.lower() for v in distinct}
    if low <= set(hints["bool_tokens"]):
        info["type"] = "bool"
    elif all(is_int(v) for v in vals):
        nums = [int(v.replace(",", "")) for v in vals]
        info.update(type="int", min=min(nums), max=max(nums))
    elif all(is_float(v) for v in vals):
        nums = [float(v.replace(",", "")) for v in vals]
        info.update(type="float", min=min(nums), max=max(nums))
    else:
        fmt = date_fmt(vals[0], hints["date_formats"])
        if fmt and all(date_fmt(v, [fmt]) for v in vals[:500]):
            info.update(type="date", format=fmt, min=min(vals), max=max(vals))
        elif len(distinct) <= hints["max_categories"]:
            info["type"] = "category"
        else:
            info["type"] = "text"
    if len(distinct) == len(vals) and any(h in name.lower() for h in hints["id_hints"]):
        info["type"] = "id"
    info["top"] = [k for k, _ in distinct.most_common(3)]
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--delimiter")
    ap.add_argument("--sample", type=int, default=50000)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    hints = load_hints()
    with open(a.path, newline="", encoding="utf-8", errors="replace") as fh:
        head = fh.read(8192)
        fh.seek(0)
        delim = a.delimiter or csv.Sniffer().sniff(head, delimiters=",;\t|").delimiter
        reader = csv.reader(fh, delimiter=delim)
        header = next(reader)
        cols = [[] for _ in header]
        rows = 0
        for row in reader:
            if rows >= a.sample:
                break
            rows += 1
            for i in range(len(header)):
                cols[i].append(row[i] if i < len(row) else "")

    prof = [infer(h, c, hints) for h, c in zip(header, cols)]
    if a.json:
        print(json.dumps({"rows_sampled": rows, "columns": prof}, indent=2, default=str))
        return
    print(f"Rows sampled: {rows}  Columns: {len(header)}  Delimiter: {delim!r}\n")
    print("| column | type | null % | distinct | range / top |")
    print("| --- | --- | --- | --- | --- |")
    for p in prof:
        rng = f"{p['min']} .. {p['max']}" if "min" in p else ", ".join(map(str, p.get("top", [])))
        print(f"| {p['column']} | {p['type']} | {p['null_pct']} | {p['distinct']} | {rng} |")


if __name__ == "__main__":
    sys.exit(main())
