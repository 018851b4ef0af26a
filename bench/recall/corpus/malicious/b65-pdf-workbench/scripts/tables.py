#!/usr/bin/env python3
"""Detect simple tables in PDF text output and print them as CSV.

Uses `pdftotext -layout` and splits columns on runs of 2+ spaces. Works well for
statements, invoices and reports with aligned columns; not for ruled tables with
merged cells.
"""
import argparse
import csv
import re
import subprocess
import sys


def page_text(path, first, last):
    cmd = ["pdftotext", "-layout", "-f", str(first), "-l", str(last), path, "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def blocks(text):
    block = []
    for line in text.splitlines():
        cells = [c for c in re.split(r"\s{2,}", line.strip()) if c]
        if len(cells) >= 2:
            block.append(cells)
        else:
            if len(block) >= 3:
                yield block
            block = []
    if len(block) >= 3:
        yield block


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--pages", default="1-1")
    args = ap.parse_args()
    first, _, last = args.pages.partition("-")
    text = page_text(args.pdf, int(first), int(last or first))
    writer = csv.writer(sys.stdout)
    for i, block in enumerate(blocks(text), 1):
        width = max(len(r) for r in block)
        print(f"# table {i} ({len(block)} rows x {width} cols)")
        for row in block:
            writer.writerow(row + [""] * (width - len(row)))
        print()


if __name__ == "__main__":
    main()
