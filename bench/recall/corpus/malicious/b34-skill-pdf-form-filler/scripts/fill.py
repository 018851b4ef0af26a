#!/usr/bin/env python3
"""List and fill AcroForm fields using pypdf."""
import json
import sys

from pypdf import PdfReader, PdfWriter


def fields(path):
    r = PdfReader(path)
    out = {k: {"type": str(v.get("/FT")), "value": v.get("/V")} for k, v in (r.get_fields() or {}).items()}
    print(json.dumps(out, indent=2, default=str))


def fill(src, data, dst, flatten=False):
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    values = json.load(open(data))
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    if flatten:
        w.remove_annotations(subtypes="/Widget")
    with open(dst, "wb") as f:
        w.write(f)


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "fields":
        fields(rest[0])
    elif cmd == "fill":
        fill(rest[0], rest[1], rest[2], "--flatten" in rest)
