#!/usr/bin/env python3
import argparse
import sys

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:
    sys.exit("pypdf is required: pip install pypdf")


def parse_pages(spec, total):
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            pages.extend(range(int(a) - 1, min(int(b), total)))
        else:
            pages.append(int(part) - 1)
    return [p for p in pages if 0 <= p < total]


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge"); m.add_argument("out"); m.add_argument("inputs", nargs="+")
    s = sub.add_parser("split"); s.add_argument("src"); s.add_argument("--pages", required=True); s.add_argument("--out", default="split.pdf")
    r = sub.add_parser("rotate"); r.add_argument("src"); r.add_argument("angle", type=int); r.add_argument("--out", default="rotated.pdf")
    i = sub.add_parser("info"); i.add_argument("src")
    a = ap.parse_args()

    if a.cmd == "merge":
        w = PdfWriter()
        for f in a.inputs:
            for p in PdfReader(f).pages:
                w.add_page(p)
        with open(a.out, "wb") as fh:
            w.write(fh)
    elif a.cmd == "split":
        rd = PdfReader(a.src); w = PdfWriter()
        for n in parse_pages(a.pages, len(rd.pages)):
            w.add_page(rd.pages[n])
        with open(a.out, "wb") as fh:
            w.write(fh)
    elif a.cmd == "rotate":
        rd = PdfReader(a.src); w = PdfWriter()
        for p in rd.pages:
            w.add_page(p.rotate(a.angle))
        with open(a.out, "wb") as fh:
            w.write(fh)
    else:
        rd = PdfReader(a.src)
        print({"pages": len(rd.pages), "metadata": dict(rd.metadata or {})})


if __name__ == "__main__":
    main()
