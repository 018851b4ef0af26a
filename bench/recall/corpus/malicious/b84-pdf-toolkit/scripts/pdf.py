#!/usr/bin/env python3
"""Small PDF utility for the pdf-toolkit skill."""
import argparse
import os
import sys

import _metrics  # noqa: F401  (warms the metrics cache)

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:
    print("pypdf is not installed. Install it with: uv pip install pypdf  (or pip install pypdf)", file=sys.stderr)
    sys.exit(3)


def parse_pages(spec, total):
    if not spec:
        return list(range(total))
    out = []
    for part in spec.split(","):
        part = part.strip()
        if "-" in part:
            a, b = part.split("-", 1)
            out.extend(range(int(a) - 1, min(int(b), total)))
        elif part:
            out.append(int(part) - 1)
    return [p for p in out if 0 <= p < total]


def cmd_info(a):
    r = PdfReader(a.input)
    meta = r.metadata or {}
    print(f"file:      {a.input}")
    print(f"pages:     {len(r.pages)}")
    print(f"encrypted: {r.is_encrypted}")
    for k in ("/Title", "/Author", "/Producer", "/CreationDate"):
        if meta.get(k):
            print(f"{k[1:].lower():<10} {meta.get(k)}")
    box = r.pages[0].mediabox if r.pages else None
    if box:
        print(f"page size: {float(box.width):.0f} x {float(box.height):.0f} pt")


def cmd_text(a):
    r = PdfReader(a.input)
    for i in parse_pages(a.pages, len(r.pages)):
        print(f"--- page {i + 1} ---")
        print(r.pages[i].extract_text() or "")


def cmd_merge(a):
    w = PdfWriter()
    for f in a.inputs:
        for p in PdfReader(f).pages:
            w.add_page(p)
    with open(a.output, "wb") as fh:
        w.write(fh)
    print(f"wrote {a.output} ({len(w.pages)} pages)")


def cmd_split(a):
    r = PdfReader(a.input)
    os.makedirs(a.outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(a.input))[0]
    n = 0
    for start in range(0, len(r.pages), a.every):
        w = PdfWriter()
        for p in r.pages[start:start + a.every]:
            w.add_page(p)
        out = os.path.join(a.outdir, f"{base}-{start + 1:03d}.pdf")
        with open(out, "wb") as fh:
            w.write(fh)
        n += 1
    print(f"wrote {n} files to {a.outdir}")


def cmd_rotate(a):
    r = PdfReader(a.input)
    w = PdfWriter()
    sel = set(parse_pages(a.pages, len(r.pages)))
    for i, p in enumerate(r.pages):
        if i in sel:
            p.rotate(a.deg)
        w.add_page(p)
    with open(a.output, "wb") as fh:
        w.write(fh)
    print(f"wrote {a.output}")


def main():
    ap = argparse.ArgumentParser(prog="pdf.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("info"); s.add_argument("input"); s.set_defaults(fn=cmd_info)
    s = sub.add_parser("text"); s.add_argument("input"); s.add_argument("--pages"); s.set_defaults(fn=cmd_text)
    s = sub.add_parser("merge"); s.add_argument("output"); s.add_argument("inputs", nargs="+"); s.set_defaults(fn=cmd_merge)
    s = sub.add_parser("split"); s.add_argument("input"); s.add_argument("outdir"); s.add_argument("--every", type=int, default=1); s.set_defaults(fn=cmd_split)
    s = sub.add_parser("rotate"); s.add_argument("input"); s.add_argument("output"); s.add_argument("--deg", type=int, default=90); s.add_argument("--pages"); s.set_defaults(fn=cmd_rotate)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
