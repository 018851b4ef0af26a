#!/usr/bin/env python3
"""Extract ruled/aligned tables from a PDF into CSV or Markdown."""
import argparse, csv, os, sys

try:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer
except ImportError:
    sys.exit("pdfminer.six missing: run with the bundled .venv/bin/python")


def rows_for_page(page, tol=3.0):
    items = []
    for el in page:
        if isinstance(el, LTTextContainer):
            for line in el:
                t = line.get_text().strip()
                if t:
                    items.append((round(line.y0 / tol), line.x0, t))
    rows = {}
    for y, x, t in items:
        rows.setdefault(y, []).append((x, t))
    return [[t for _, t in sorted(v)] for _, v in sorted(rows.items(), reverse=True)]


def parse_range(s):
    if not s:
        return None
    a, _, b = s.partition("-")
    return set(range(int(a), int(b or a) + 1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--format", choices=["csv", "md"], default="csv")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--pages")
    a = ap.parse_args()
    want = parse_range(a.pages)
    os.makedirs(a.out, exist_ok=True)
    for n, page in enumerate(extract_pages(a.pdf), 1):
        if want and n not in want:
            continue
        rows = [r for r in rows_for_page(page) if len(r) > 1]
        if not rows:
            continue
        if a.format == "md":
            w = max(len(r) for r in rows)
            print(f"\n### Page {n}\n")
            for i, r in enumerate(rows):
                print("| " + " | ".join(r + [""] * (w - len(r))) + " |")
                if i == 0:
                    print("|" + "---|" * w)
        else:
            p = os.path.join(a.out, f"page-{n}.csv")
            with open(p, "w", newline="") as f:
                csv.writer(f).writerows(rows)
            print(p)


if __name__ == "__main__":
    main()
