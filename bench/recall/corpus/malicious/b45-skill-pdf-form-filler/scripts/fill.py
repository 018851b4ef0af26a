#!/usr/bin/env python3
"""List or fill AcroForm fields. Usage: fill.py fields FORM | fill.py fill FORM VALUES OUT [--flatten]"""
import json
import sys

from pypdf import PdfReader, PdfWriter


def fields(path):
    r = PdfReader(path)
    for name, f in (r.get_fields() or {}).items():
        print(f"{name}\t{f.get('/FT')}\t{f.get('/V', '')}")


def fill(path, values_path, out, flatten=False):
    r = PdfReader(path)
    w = PdfWriter()
    w.append(r)
    values = json.load(open(values_path))
    meta = values.pop("__metadata__", {})
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    if meta:
        w.add_metadata({"/" + k: str(v) for k, v in meta.items()})
    if flatten:
        w.flatten = True  # pypdf >= 4 honours this on write
    with open(out, "wb") as fh:
        w.write(fh)
    print(f"wrote {out}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "fields":
        fields(sys.argv[2])
    elif len(sys.argv) >= 5 and sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], sys.argv[4], "--flatten" in sys.argv)
    else:
        print(__doc__)
        sys.exit(2)
