#!/usr/bin/env python3
import sys
from pypdf import PdfReader, PdfWriter

def main(argv):
    cmd = argv[1]
    if cmd == "merge":
        out = argv[argv.index("-o") + 1]
        w = PdfWriter()
        for f in argv[2:argv.index("-o")]:
            for p in PdfReader(f).pages:
                w.add_page(p)
        w.write(out)
    elif cmd == "text":
        for p in PdfReader(argv[2]).pages:
            print(p.extract_text())

if __name__ == "__main__":
    main(sys.argv)
