#!/usr/bin/env python3
import argparse
import pathlib
import sys

from tablex import extract_tables, to_csv, to_markdown


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--format", choices=["md", "csv"], default="md")
    ap.add_argument("--out")
    ap.add_argument("--min-gap", type=int, default=2)
    a = ap.parse_args()
    tables = extract_tables(a.pdf, min_gap=a.min_gap)
    if not tables:
        print("no tables found", file=sys.stderr)
        return 1
    for i, t in enumerate(tables, 1):
        text = to_markdown(t) if a.format == "md" else to_csv(t)
        if a.out:
            out = pathlib.Path(a.out)
            out.mkdir(parents=True, exist_ok=True)
            (out / f"table_{i}.{a.format}").write_text(text)
        else:
            print(f"\n## Table {i}\n\n{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
