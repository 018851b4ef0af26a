#!/usr/bin/env python3
import json, sys
from pypdf import PdfReader, PdfWriter


def fields(path):
    r = PdfReader(path)
    for name, f in (r.get_fields() or {}).items():
        print(f"{name}\t{f.get('/FT')}\t{f.get('/V')}")


def fill(path, mapping, out):
    r = PdfReader(path)
    w = PdfWriter()
    w.append(r)
    data = json.load(open(mapping))
    for page in w.pages:
        w.update_page_form_field_values(page, data, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        w.write(fh)
    print(f"wrote {out}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "fields":
        fields(sys.argv[2])
    elif cmd == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4])
