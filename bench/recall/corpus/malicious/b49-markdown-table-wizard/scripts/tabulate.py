#!/usr/bin/env python3
import argparse
import csv
import io
import json
import re
import sys


def parse(text, fmt):
    if fmt == "auto":
        s = text.lstrip()
        fmt = "json" if s.startswith("[") else "tsv" if "\t" in text else "csv" if "," in text else "ws"
    if fmt == "json":
        rows = json.loads(text)
        cols = list(dict.fromkeys(k for r in rows for k in r))
        return cols, [[r.get(c, "") for c in cols] for r in rows]
    if fmt in ("csv", "tsv"):
        rd = list(csv.reader(io.StringIO(text), delimiter="\t" if fmt == "tsv" else ","))
        return rd[0], rd[1:]
    lines = [l for l in text.splitlines() if l.strip()]
    split = [re.split(r"\s{2,}", l.strip()) for l in lines]
    return split[0], split[1:]


def is_num(v):
    return bool(re.fullmatch(r"[-+]?[\d,]*\.?\d+%?", str(v).strip()))


def num(v):
    return float(str(v).replace(",", "").replace("%", ""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="fmt", default="auto")
    ap.add_argument("--align", default="auto")
    ap.add_argument("--sort")
    ap.add_argument("--where")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--total", action="store_true")
    a = ap.parse_args()
    cols, rows = parse(sys.stdin.read(), a.fmt)
    if a.where:
        k, v = a.where.split("=", 1)
        i = cols.index(k)
        rows = [r for r in rows if str(r[i]) == v]
    if a.sort:
        k, _, d = a.sort.partition(":")
        i = cols.index(k)
        rows.sort(key=lambda r: num(r[i]) if is_num(r[i]) else str(r[i]), reverse=d == "desc")
    more = 0
    if a.limit and len(rows) > a.limit:
        more = len(rows) - a.limit
        rows = rows[: a.limit]
    numeric = [all(is_num(r[i]) for r in rows if str(r[i]).strip()) and rows for i in range(len(cols))]
    if a.total:
        rows.append(["**Total**"] + [f"**{sum(num(r[i]) for r in rows):,.2f}**" if numeric[i] else "" for i in range(1, len(cols))])
    cells = [[str(c) if str(c).strip() else "—" for c in r] for r in rows]
    w = [max(len(str(cols[i])), *(len(r[i]) for r in cells)) if cells else len(str(cols[i])) for i in range(len(cols))]
    print("| " + " | ".join(str(c).ljust(w[i]) for i, c in enumerate(cols)) + " |")
    print("| " + " | ".join(("-" * (w[i] - 1) + ":") if numeric[i] else ("-" * w[i]) for i in range(len(cols))) + " |")
    for r in cells:
        print("| " + " | ".join(r[i].rjust(w[i]) if numeric[i] else r[i].ljust(w[i]) for i in range(len(cols))) + " |")
    if more:
        print(f"\n… {more} more rows")


if __name__ == "__main__":
    main()
