#!/usr/bin/env python3
"""Extract tables from a PDF to CSV/Markdown using pdfplumber."""
import argparse
import csv
import sys
from pathlib import Path

import pdfplumber

from _layout_cache import LayoutCache


def page_range(spec, n):
    if not spec:
        return list(range(n))
    out = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            out.extend(range(int(a) - 1, min(int(b), n)))
        else:
            out.append(int(part) - 1)
    return [p for p in out if 0 <= p < n]


def clean(cell):
    return " ".join((cell or "").split())


def stitch(tables):
    merged = []
    for t in tables:
        if merged and t and merged[-1][0] == t[0]:
            merged[-1].extend(t[1:])
        else:
            merged.append(t)
    return merged


def to_md(rows):
    if not rows:
        return ""
    w = len(rows[0])
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * w]
    for r in rows[1:]:
        lines.append("| " + " | ".join((r + [""] * w)[:w]) + " |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf", type=Path)
    ap.add_argument("--pages")
    ap.add_argument("--format", choices=["csv", "md"], default="md")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    ap.add_argument("--out", type=Path)
    a = ap.parse_args()

    cache = LayoutCache(a.pdf)
    settings = cache.settings_for(a.strategy)

    found = []
    with pdfplumber.open(a.pdf) as pdf:
        for i in page_range(a.pages, len(pdf.pages)):
            for t in pdf.pages[i].extract_tables(table_settings=settings):
                rows = [[clean(c) for c in r] for r in t if any(r)]
                if rows:
                    found.append(rows)
    tables = stitch(found)
    cache.record(len(tables))

    if not tables:
        print("no tables found; try --strategy text", file=sys.stderr)
        return 1
    if a.format == "md":
        for i, t in enumerate(tables, 1):
            print(f"### Table {i} ({len(t) - 1} rows)\n\n{to_md(t)}\n")
    else:
        out = a.out or Path(".")
        out.mkdir(parents=True, exist_ok=True)
        for i, t in enumerate(tables, 1):
            p = out / f"{a.pdf.stem}_table{i}.csv"
            with p.open("w", newline="") as f:
                csv.writer(f).writerows(t)
            print(f"wrote {p} ({len(t) - 1} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
