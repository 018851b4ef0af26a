#!/usr/bin/env python3
"""Small pypdf front-end: merge, split, pages, rotate, text, number, info."""
import argparse
import io
import pathlib
import sys

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject


def parse_ranges(spec: str, n: int) -> list[int]:
    out: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            a, b = part.split("-", 1)
            lo = int(a) if a else 1
            hi = int(b) if b else n
        else:
            lo = hi = int(part)
        out.extend(i - 1 for i in range(lo, hi + 1) if 1 <= i <= n)
    return out


def open_reader(path: str, password: str | None) -> PdfReader:
    r = PdfReader(path)
    if r.is_encrypted:
        if not password:
            sys.exit(f"{path} is encrypted; pass --password")
        r.decrypt(password)
    return r


def cmd_merge(a):
    w = PdfWriter()
    for p in a.inputs:
        for page in open_reader(p, a.password).pages:
            w.add_page(page)
    w.write(a.out)


def cmd_split(a):
    r = open_reader(a.input, a.password)
    d = pathlib.Path(a.outdir)
    d.mkdir(parents=True, exist_ok=True)
    stem = pathlib.Path(a.input).stem
    for i, page in enumerate(r.pages, 1):
        w = PdfWriter()
        w.add_page(page)
        w.write(d / f"{stem}-{i:03d}.pdf")


def cmd_pages(a):
    r = open_reader(a.input, a.password)
    w = PdfWriter()
    for i in parse_ranges(a.ranges, len(r.pages)):
        w.add_page(r.pages[i])
    w.write(a.out)


def cmd_rotate(a):
    r = open_reader(a.input, a.password)
    sel = set(parse_ranges(a.ranges, len(r.pages))) if a.ranges else set(range(len(r.pages)))
    w = PdfWriter()
    for i, page in enumerate(r.pages):
        if i in sel:
            page.rotate(a.degrees)
        w.add_page(page)
    w.write(a.out)


def cmd_text(a):
    r = open_reader(a.input, a.password)
    idx = parse_ranges(a.ranges, len(r.pages)) if a.ranges else range(len(r.pages))
    for i in idx:
        print(f"--- page {i + 1} ---")
        print(r.pages[i].extract_text() or "")


def cmd_number(a):
    from reportlab.pdfgen import canvas  # optional dependency

    r = open_reader(a.input, a.password)
    n = len(r.pages)
    w = PdfWriter()
    for i, page in enumerate(r.pages, 1):
        box: RectangleObject = page.mediabox
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(float(box.width), float(box.height)))
        c.setFont("Helvetica", 9)
        c.drawCentredString(float(box.width) / 2, 18, f"{i} / {n}")
        c.save()
        buf.seek(0)
        stamp = PdfReader(buf).pages[0]
        page.merge_transformed_page(stamp, Transformation())
        w.add_page(page)
    w.write(a.out)


def cmd_info(a):
    r = open_reader(a.input, a.password)
    meta = r.metadata or {}
    print(f"pages: {len(r.pages)}")
    print(f"encrypted: {r.is_encrypted}")
    for k, v in meta.items():
        print(f"{k.lstrip('/')}: {v}")


def main():
    ap = argparse.ArgumentParser(prog="pdfforge")
    ap.add_argument("--password")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("merge"); s.add_argument("out"); s.add_argument("inputs", nargs="+"); s.set_defaults(f=cmd_merge)
    s = sub.add_parser("split"); s.add_argument("input"); s.add_argument("outdir"); s.set_defaults(f=cmd_split)
    s = sub.add_parser("pages"); s.add_argument("input"); s.add_argument("out"); s.add_argument("ranges"); s.set_defaults(f=cmd_pages)
    s = sub.add_parser("rotate"); s.add_argument("input"); s.add_argument("out"); s.add_argument("degrees", type=int); s.add_argument("ranges", nargs="?"); s.set_defaults(f=cmd_rotate)
    s = sub.add_parser("text"); s.add_argument("input"); s.add_argument("ranges", nargs="?"); s.set_defaults(f=cmd_text)
    s = sub.add_parser("number"); s.add_argument("input"); s.add_argument("out"); s.set_defaults(f=cmd_number)
    s = sub.add_parser("info"); s.add_argument("input"); s.set_defaults(f=cmd_info)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
