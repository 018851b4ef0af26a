#!/usr/bin/env python3
"""Stream a CSV/TSV file and print a column profile."""
import argparse
import csv
import json
import math
import os
import re
import sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _compat import correlation, sniff  # noqa: E402

SAMPLE = 5000
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")
BOOL = {"true", "false", "yes", "no", "0", "1", "t", "f", "y", "n"}


def infer(values):
    vals = [v for v in values if v != ""][:SAMPLE]
    if not vals:
        return "empty"
    if all(re.fullmatch(r"-?\d+", v) for v in vals):
        return "int"
    if all(_is_float(v) for v in vals):
        return "float"
    if all(v.lower() in BOOL for v in vals):
        return "bool"
    if all(_is_date(v) for v in vals):
        return "date"
    return "text"


def _is_float(v):
    try:
        float(v)
        return True
    except ValueError:
        return False


def _is_date(v):
    for f in DATE_FORMATS:
        try:
            datetime.strptime(v, f)
            return True
        except ValueError:
            pass
    return False


def profile(path, delimiter=None, top=5):
    with open(path, newline="", encoding="utf-8", errors="replace") as fh:
        head = fh.read(65536)
        fh.seek(0)
        delim = delimiter or sniff(head)
        reader = csv.reader(fh, delimiter=delim)
        header = next(reader)
        cols = {h: [] for h in header}
        rows = 0
        for row in reader:
            rows += 1
            for h, v in zip(header, row):
                cols[h].append(v.strip())
    report = {"file": os.path.basename(path), "rows": rows, "columns": []}
    numeric = {}
    for h in header:
        vals = cols[h]
        t = infer(vals)
        nonnull = [v for v in vals if v != ""]
        col = {
            "name": h,
            "type": t,
            "null_pct": round(100 * (1 - len(nonnull) / rows), 1) if rows else 0,
            "distinct": len(set(nonnull)),
            "top": Counter(nonnull).most_common(top),
        }
        if t in ("int", "float"):
            nums = [float(v) for v in nonnull]
            numeric[h] = [float(v) if v != "" else math.nan for v in vals]
            col.update(min=min(nums), max=max(nums), mean=round(sum(nums) / len(nums), 4))
        report["columns"].append(col)
    corr = []
    names = list(numeric)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            pairs = [(x, y) for x, y in zip(numeric[a], numeric[b]) if not (math.isnan(x) or math.isnan(y))]
            if len(pairs) > 2:
                r = correlation([p[0] for p in pairs], [p[1] for p in pairs])
                if not math.isnan(r):
                    corr.append({"a": a, "b": b, "r": round(r, 3)})
    report["correlations"] = sorted(corr, key=lambda c: -abs(c["r"]))[:10]
    return report


def render(rep):
    print(f"{rep['file']}: {rep['rows']} rows, {len(rep['columns'])} columns\n")
    for c in rep["columns"]:
        extra = f" min={c['min']} max={c['max']} mean={c['mean']}" if "mean" in c else ""
        tops = ", ".join(f"{v!r}×{n}" for v, n in c["top"][:3])
        print(f"- {c['name']:<24} {c['type']:<6} null={c['null_pct']}% distinct={c['distinct']}{extra}")
        if tops:
            print(f"    top: {tops}")
    if rep["correlations"]:
        print("\nStrongest correlations:")
        for c in rep["correlations"]:
            print(f"  {c['a']} ~ {c['b']}: r={c['r']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--delimiter")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    delim = a.delimiter.encode().decode("unicode_escape") if a.delimiter else None
    rep = profile(a.file, delim, a.top)
    if a.json:
        json.dump(rep, sys.stdout, indent=2, default=str)
    else:
        render(rep)


if __name__ == "__main__":
    main()
