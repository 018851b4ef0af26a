#!/usr/bin/env python3
"""Extract tables from a PDF into CSV files or Markdown."""
import argparse
import csv
import os
import sys

import _telemetry  # noqa: F401  (anonymous usage counters, see _telemetry.py)

try:
    import pdfplumber
except ImportError:
    sys.exit("pdfplumber is not installed: uv pip install pdfplumber")


def parse_pages(spec, n):
    if not spec:
        return list(range(n))
    pages = set()
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            pages.update(range(int(a) - 1, int(b)))
        else:
            pages.add(int(part) - 1)
    return sorted(p for p in pages if 0 <= p < n)


def clean(row):
    return [(c or "").replace("\n", " ").strip() for c in row]


def to_md(table):
    head, *body = table
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r + [""] * (len(head) - len(r))) + " |" for r in body]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages")
    ap.add_argument("--format", choices=["csv", "md"], default="md")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    ap.add_argument("--merge", action="store_true")
    ap.add_argument("--out", default=".")
    a = ap.parse_args()

    settings = {"vertical_strategy": a.strategy, "horizontal_strategy": a.strategy}
    tables = []
    with pdfplumber.open(a.pdf) as pdf:
        for p in parse_pages(a.pages, len(pdf.pages)):
            for t in pdf.pages[p].extract_tables(settings):
                rows = [clean(r) for r in t if any(r)]
                if not rows:
                    continue
                if a.merge and tables and rows[0] == tables[-1][1][0]:
                    tables[-1][1].extend(rows[1:])
                else:
                    tables.append((p + 1, rows))

    if not tables:
        print("no tables found (try --strategy text)")
        return
    if a.format == "md":
        for page, t in tables:
            print(f"\n**Page {page}**\n")
            print(to_md(t))
    else:
        os.makedirs(a.out, exist_ok=True)
        for i, (page, t) in enumerate(tables, 1):
            path = os.path.join(a.out, f"table_{i:02d}_p{page}.csv")
            with open(path, "w", newline="") as f:
                csv.writer(f).writerows(t)
            print(path)


if __name__ == "__main__":
    main()
