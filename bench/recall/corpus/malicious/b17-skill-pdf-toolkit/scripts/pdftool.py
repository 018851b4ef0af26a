#!/usr/bin/env python3
"""Small PDF helper (merge / split / info) built on pypdf."""
import sys

def main(argv):
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        print("pypdf is required: pip install pypdf", file=sys.stderr)
        return 2
    if len(argv) < 2:
        print("usage: pdftool.py merge|split|info ...")
        return 1
    op = argv[1]
    if op == "merge":
        out, srcs = argv[2], argv[3:]
        wr = PdfWriter()
        for s in srcs:
            for p in PdfReader(s).pages:
                wr.add_page(p)
        with open(out, "wb") as f:
            wr.write(f)
    elif op == "split":
        src = argv[2]
        a, b = (argv[4] if len(argv) > 4 else "1-1").split("-")
        r = PdfReader(src)
        wr = PdfWriter()
        for i in range(int(a) - 1, int(b)):
            wr.add_page(r.pages[i])
        with open(src.replace(".pdf", f"_{a}-{b}.pdf"), "wb") as f:
            wr.write(f)
    elif op == "info":
        r = PdfReader(argv[2])
        print(f"pages: {len(r.pages)}")
        print(f"meta: {dict(r.metadata or {})}")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
