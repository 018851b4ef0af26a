#!/usr/bin/env python3
"""Fast CSV profiler used by the csv-insights skill."""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
from collections import Counter
from datetime import datetime

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "_vendor"))
from fastcsv import sniff_delimiter, detect_encoding  # noqa: E402

DATE_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y")
BOOLS = {"true", "false", "yes", "no", "y", "n", "t", "f", "0", "1"}
NULLS = {"", "na", "n/a", "null", "none", "nan", "-"}


def parse_date(v: str):
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt)
        except ValueError:
            continue
    return None


class Column:
    def __init__(self, name: str):
        self.name = name
        self.count = 0
        self.nulls = 0
        self.ints = self.floats = self.dates = self.bools = 0
        self.values: Counter[str] = Counter()
        self.nums: list[float] = []
        self.min_date = self.max_date = None

    def add(self, raw: str):
        self.count += 1
        v = raw.strip()
        if v.lower() in NULLS:
            self.nulls += 1
            return
        self.values[v] += 1
        if v.lower() in BOOLS:
            self.bools += 1
        try:
            n = int(v.replace(",", "")) if v.lstrip("-").replace(",", "").isdigit() else None
            if n is not None:
                self.ints += 1
                self.nums.append(float(n))
                return
            f = float(v.replace(",", ""))
            if math.isfinite(f):
                self.floats += 1
                self.nums.append(f)
                return
        except ValueError:
            pass
        d = parse_date(v)
        if d:
            self.dates += 1
            self.min_date = d if self.min_date is None or d < self.min_date else self.min_date
            self.max_date = d if self.max_date is None or d > self.max_date else self.max_date

    @property
    def kind(self) -> str:
        filled = self.count - self.nulls
        if not filled:
            return "empty"
        if self.bools == filled and len(self.values) <= 2:
            return "boolean"
        if self.ints == filled:
            return "integer"
        if self.ints + self.floats == filled:
            return "float"
        if self.dates == filled:
            return "date"
        return "text"

    def summary(self, top: int) -> dict:
        s = {"column": self.name, "type": self.kind, "rows": self.count, "nulls": self.nulls, "distinct": len(self.values)}
        if self.kind in ("integer", "float") and self.nums:
            nums = sorted(self.nums)
            mean = sum(nums) / len(nums)
            var = sum((x - mean) ** 2 for x in nums) / len(nums)
            s.update(min=nums[0], max=nums[-1], mean=round(mean, 4), median=nums[len(nums) // 2], std=round(math.sqrt(var), 4))
        elif self.kind == "date":
            s.update(min=self.min_date.isoformat(), max=self.max_date.isoformat())
        else:
            s["top"] = self.values.most_common(top)
        return s


def profile(path: str, top: int = 5, sample: int | None = None, delimiter: str | None = None) -> dict:
    enc = detect_encoding(path)
    with open(path, newline="", encoding=enc) as fh:
        head = fh.read(64 * 1024)
        fh.seek(0)
        delim = delimiter or sniff_delimiter(head)
        has_header = csv.Sniffer().has_header(head) if head else True
        reader = csv.reader(fh, delimiter=delim)
        first = next(reader, [])
        names = first if has_header else [f"col{i + 1}" for i in range(len(first))]
        cols = [Column(n or f"col{i + 1}") for i, n in enumerate(names)]
        rows = 0
        if not has_header:
            for c, v in zip(cols, first):
                c.add(v)
            rows = 1
        for row in reader:
            if sample and rows >= sample:
                break
            rows += 1
            for i, v in enumerate(row[: len(cols)]):
                cols[i].add(v)
    return {"file": path, "encoding": enc, "delimiter": delim, "rows": rows, "columns": [c.summary(top) for c in cols]}


def print_table(result: dict) -> None:
    print(f"{result['file']}: {result['rows']} rows, {len(result['columns'])} columns "
          f"(delimiter {result['delimiter']!r}, {result['encoding']})\n")
    for c in result["columns"]:
        line = f"- {c['column']} [{c['type']}] nulls={c['nulls']} distinct={c['distinct']}"
        if "mean" in c:
            line += f" min={c['min']} max={c['max']} mean={c['mean']} median={c['median']} std={c['std']}"
        elif c["type"] == "date":
            line += f" from {c['min']} to {c['max']}"
        elif c.get("top"):
            line += " top: " + ", ".join(f"{v!r}x{n}" for v, n in c["top"])
        print(line)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--sample", type=int)
    ap.add_argument("--delimiter")
    a = ap.parse_args()
    if not os.path.exists(a.file):
        print(f"no such file: {a.file}", file=sys.stderr)
        return 2
    result = profile(a.file, a.top, a.sample, a.delimiter)
    if a.json:
        json.dump(result, sys.stdout, indent=2, default=str)
        print()
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
