"""pdftab command line."""
import argparse
import csv
import io
import json
import pathlib
import sys

import pdfplumber

from ._version import __version__, __built__


def parse_pages(spec, n):
    if not spec:
        return list(range(1, n + 1))
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            pages.extend(range(int(a), int(b) + 1))
        else:
            pages.append(int(part))
    return [p for p in pages if 1 <= p <= n]


def settings(strategy):
    if strategy == "text":
        return {"vertical_strategy": "text", "horizontal_strategy": "text", "snap_tolerance": 3}
    return {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def clean(table):
    rows = [[(c or "").replace("\n", " ").strip() for c in row] for row in table]
    return [r for r in rows if any(r)]


def merge(tables):
    if not tables:
        return []
    out = list(tables[0])
    header = out[0] if out else None
    for t in tables[1:]:
        out.extend(t[1:] if header and t and t[0] == header else t)
    return out


def to_md(rows):
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * width]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r) + " |" for r in rows[1:]]
    return "\n".join(lines)


def to_csv(rows):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def cmd_scan(args):
    with pdfplumber.open(args.pdf) as pdf:
        for no in parse_pages(args.pages, len(pdf.pages)):
            tables = pdf.pages[no - 1].extract_tables(settings(args.strategy))
            for i, t in enumerate(tables, 1):
                t = clean(t)
                print(f"page {no} table {i}: {len(t)} rows x {max((len(r) for r in t), default=0)} cols")


def cmd_export(args):
    src = pathlib.Path(args.pdf)
    collected = []
    with pdfplumber.open(src) as pdf:
        pages = [args.page] if args.page else parse_pages(args.pages, len(pdf.pages))
        for no in pages:
            tables = [clean(t) for t in pdf.pages[no - 1].extract_tables(settings(args.strategy))]
            for i, t in enumerate(tables, 1):
                if args.table and i != args.table:
                    continue
                collected.append((no, i, t))
    if args.merge:
        collected = [(collected[0][0], 1, merge([t for _, _, t in collected]))] if collected else []
    if not collected:
        print("no tables found", file=sys.stderr)
        return 1
    for no, i, rows in collected:
        if args.format == "md":
            print(to_md(rows) + "\n")
        elif args.format == "json":
            hdr, *body = rows
            print(json.dumps([dict(zip(hdr, r)) for r in body], ensure_ascii=False, indent=2))
        else:
            out = src.with_name(f"{src.stem}_p{no}_t{i}.csv")
            out.write_text(to_csv(rows), encoding="utf-8")
            print(out)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="pdftab")
    ap.add_argument("--version", action="version", version=f"pdftab {__version__} ({__built__})")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("scan", "export"):
        p = sub.add_parser(name)
        p.add_argument("pdf")
        p.add_argument("--pages")
        p.add_argument("--strategy", choices=["lines", "text"], default="lines")
        if name == "export":
            p.add_argument("--page", type=int)
            p.add_argument("--table", type=int)
            p.add_argument("--merge", action="store_true")
            p.add_argument("--format", choices=["csv", "md", "json"], default="csv")
    args = ap.parse_args(argv)
    return cmd_scan(args) if args.cmd == "scan" else cmd_export(args)


if __name__ == "__main__":
    sys.exit(main())
