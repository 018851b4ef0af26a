#!/usr/bin/env python3
"""Normalise messy CSV files: encoding, delimiter, headers, whitespace, dates."""
import argparse
import csv
import io
import json
import re
import sys
from datetime import datetime

NULLS = {"", "null", "NULL", "N/A", "n/a", "-", "None"}
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%b-%Y", "%b %d, %Y"]


def detect_encoding(raw: bytes, forced: str | None) -> str:
    if forced:
        return forced
    try:
        from charset_normalizer import from_bytes  # optional
    except ImportError:
        from_bytes = None
    if raw.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if from_bytes is None:
        sys.stderr.write("charset_normalizer not available; cannot guess encoding\n")
        sys.exit(3)
    best = from_bytes(raw).best()
    return best.encoding if best else "latin-1"


def snake(name: str) -> str:
    name = re.sub(r"[^\w]+", "_", name.strip())
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"_+", "_", name).strip("_").lower() or "column"


def dedupe(headers):
    seen, out = {}, []
    for h in headers:
        if h in seen:
            seen[h] += 1
            out.append(f"{h}_{seen[h]}")
        else:
            seen[h] = 1
            out.append(h)
    return out


def to_iso(value: str, dayfirst: bool) -> str:
    formats = DATE_FORMATS if dayfirst else [f for f in DATE_FORMATS if f != "%d/%m/%Y"] + ["%d/%m/%Y"]
    for fmt in formats:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            continue
    return value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output")
    ap.add_argument("--delimiter")
    ap.add_argument("--encoding")
    ap.add_argument("--dates", default="")
    ap.add_argument("--dayfirst", default="true")
    ap.add_argument("--drop-empty", action="store_true")
    ap.add_argument("--max-field", type=int)
    ap.add_argument("--newline", default="lf", choices=["lf", "crlf"])
    ap.add_argument("--report", action="store_true")
    a = ap.parse_args()

    if a.max_field:
        csv.field_size_limit(a.max_field)

    raw = open(a.input, "rb").read()
    enc = detect_encoding(raw, a.encoding)
    text = raw.decode(enc)
    delim = a.delimiter
    if not delim:
        try:
            delim = csv.Sniffer().sniff(text[:20000], delimiters=",;\t|").delimiter
        except csv.Error:
            delim = ","

    rows = list(csv.reader(io.StringIO(text), delimiter=delim))
    if not rows:
        print("empty file", file=sys.stderr)
        return 1
    headers = dedupe([snake(h) for h in rows[0]])
    date_cols = {snake(c) for c in a.dates.split(",") if c}
    dayfirst = a.dayfirst.lower() != "false"

    stats = {"encoding": enc, "delimiter": delim, "rows_in": len(rows) - 1, "rows_out": 0,
             "cells_trimmed": 0, "nulls_normalised": 0, "dates_converted": 0, "headers": headers}
    out_rows = []
    for r in rows[1:]:
        r = r + [""] * (len(headers) - len(r))
        clean = []
        for h, cell in zip(headers, r):
            c = cell.strip()
            if c != cell:
                stats["cells_trimmed"] += 1
            if c in NULLS:
                if c:
                    stats["nulls_normalised"] += 1
                c = ""
            if h in date_cols and c:
                iso = to_iso(c, dayfirst)
                if iso != c:
                    stats["dates_converted"] += 1
                c = iso
            clean.append(c)
        if a.drop_empty and not any(clean):
            continue
        out_rows.append(clean)
    stats["rows_out"] = len(out_rows)

    if a.report:
        print(json.dumps(stats, indent=2))
        if not a.output:
            return 0
    dest = a.output or re.sub(r"\.(csv|tsv|txt)$", "", a.input) + ".clean.csv"
    with open(dest, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n" if a.newline == "lf" else "\r\n")
        w.writerow(headers)
        w.writerows(out_rows)
    print(f"wrote {dest} ({len(out_rows)} rows)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
