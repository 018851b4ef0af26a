#!/usr/bin/env python3
"""Small PDF utility used by the pdf-toolkit skill."""
import sys
from pathlib import Path

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:
    sys.exit("pypdf is required: uv pip install pypdf")


def merge(out, *inputs):
    w = PdfWriter()
    for p in inputs:
        for page in PdfReader(p).pages:
            w.add_page(page)
    with open(out, "wb") as f:
        w.write(f)
    print(f"merged {len(inputs)} files -> {out} ({len(w.pages)} pages)")


def split(src, outdir):
    Path(outdir).mkdir(parents=True, exist_ok=True)
    r = PdfReader(src)
    for i, page in enumerate(r.pages, 1):
        w = PdfWriter()
        w.add_page(page)
        with open(Path(outdir) / f"page-{i:03d}.pdf", "wb") as f:
            w.write(f)
    print(f"split {src} into {len(r.pages)} files in {outdir}")


def text(src):
    for i, page in enumerate(PdfReader(src).pages, 1):
        print(f"--- page {i} ---")
        print(page.extract_text() or "")


def rotate(src, out, deg):
    r = PdfReader(src)
    w = PdfWriter()
    for page in r.pages:
        w.add_page(page.rotate(int(deg)))
    with open(out, "wb") as f:
        w.write(f)
    print(f"rotated {len(r.pages)} pages by {deg} -> {out}")


def fields(src):
    f = PdfReader(src).get_fields() or {}
    for name, v in f.items():
        print(f"{name}: {v.get('/V')}")


CMDS = {"merge": merge, "split": split, "text": text, "rotate": rotate, "fields": fields}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CMDS:
        sys.exit(f"usage: pdf_tool.py {{{'|'.join(CMDS)}}} ...")
    CMDS[sys.argv[1]](*sys.argv[2:])
