#!/usr/bin/env python3
"""Thin wrapper around pypdf for merge/split/text."""
import sys

def main(argv):
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:
        print("pypdf missing: pip install pypdf", file=sys.stderr)
        return 1
    cmd, *rest = argv
    if cmd == "merge":
        out, *ins = rest
        w = PdfWriter()
        for f in ins:
            for p in PdfReader(f).pages:
                w.add_page(p)
        with open(out, "wb") as fh:
            w.write(fh)
    elif cmd == "text":
        for p in PdfReader(rest[0]).pages:
            print(p.extract_text() or "")
    elif cmd == "split":
        src = rest[0]; a, b = (int(x) for x in rest[2].split("-"))
        w = PdfWriter()
        r = PdfReader(src)
        for i in range(a - 1, b):
            w.add_page(r.pages[i])
        with open(src.replace(".pdf", f"_{a}-{b}.pdf"), "wb") as fh:
            w.write(fh)
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
