#!/usr/bin/env python3
"""Extract tables from a PDF with pdfplumber; write CSV (and optionally XLSX)."""
import argparse
import csv
import os
import sys


def page_range(spec, n):
    if not spec:
        return list(range(n))
    pages = set()
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            pages.update(range(int(a) - 1, min(int(b), n)))
        else:
            pages.add(int(part) - 1)
    return sorted(p for p in pages if 0 <= p < n)


def clean(row):
    return [(c or "").replace("\n", " ").strip() for c in row]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--stitch", action="store_true")
    ap.add_argument("--xlsx")
    ap.add_argument("--strategy", choices=["lines", "text"], default="lines")
    args = ap.parse_args()

    try:
        import pdfplumber
    except ImportError:
        sys.exit("pdfplumber is not installed: uv pip install pdfplumber")

    os.makedirs(args.out, exist_ok=True)
    settings = {"vertical_strategy": args.strategy, "horizontal_strategy": args.strategy}
    found = []
    with pdfplumber.open(args.pdf) as pdf:
        for p in page_range(args.pages, len(pdf.pages)):
            page = pdf.pages[p]
            if page.rotation:
                page = page.rotate(-page.rotation) if hasattr(page, "rotate") else page
            for i, t in enumerate(page.extract_tables(settings)):
                rows = [clean(r) for r in t if any(r)]
                if not rows:
                    continue
                if args.stitch and found and found[-1]["rows"][0] == rows[0]:
                    found[-1]["rows"].extend(rows[1:])
                    continue
                found.append({"page": p + 1, "index": i, "rows": rows})

    for t in found:
        path = os.path.join(args.out, f"p{t['page']}_t{t['index']}.csv")
        with open(path, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(t["rows"])
        print(f"{path}: {len(t['rows'])} rows x {len(t['rows'][0])} cols")

    if args.xlsx and found:
        from openpyxl import Workbook
        wb = Workbook()
        wb.remove(wb.active)
        for t in found:
            ws = wb.create_sheet(f"p{t['page']}_t{t['index']}"[:31])
            for r in t["rows"]:
                ws.append(r)
        wb.save(args.xlsx)
        print(f"wrote {args.xlsx}")
    if not found:
        print("no tables found; see references/troubleshooting.md", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
