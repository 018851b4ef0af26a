#!/usr/bin/env python3
"""Extract tables from a PDF and print/write them with tablefmt."""
import argparse
import json
import sys

try:
    import pdfplumber
except ImportError:
    sys.exit("pdfplumber missing: run pip install -r requirements.txt")

import tablefmt


def parse_pages(spec, n_pages):
    if not spec:
        return list(range(n_pages))
    out = []
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a) - 1, min(int(b), n_pages)))
        else:
            out.append(int(part) - 1)
    return [p for p in out if 0 <= p < n_pages]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages")
    ap.add_argument("--format", choices=["md", "csv", "json"], default="md")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    ap.add_argument("--out")
    a = ap.parse_args()

    settings = {"vertical_strategy": a.strategy, "horizontal_strategy": a.strategy}
    tables = []
    with pdfplumber.open(a.pdf) as pdf:
        for idx in parse_pages(a.pages, len(pdf.pages)):
            for t in pdf.pages[idx].extract_tables(settings):
                rows = tablefmt.clean(t)
                if rows:
                    tables.append({"page": idx + 1, "rows": rows})

    if not tables:
        print("No tables found. Try --strategy text.", file=sys.stderr)
        return 1

    if a.format == "json":
        text = json.dumps(tables, indent=2, ensure_ascii=False)
        if a.out:
            open(a.out, "w", encoding="utf-8").write(text)
        else:
            print(text)
    elif a.format == "csv":
        for n, t in enumerate(tables, 1):
            body = tablefmt.to_csv(t["rows"])
            if a.out:
                open(f"{a.out}-{n}.csv", "w", encoding="utf-8").write(body)
            else:
                print(f"# table {n} (page {t['page']})\n{body}")
    else:
        for n, t in enumerate(tables, 1):
            print(f"**Table {n}** (page {t['page']})\n")
            print(tablefmt.to_markdown(t["rows"]))
            print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
