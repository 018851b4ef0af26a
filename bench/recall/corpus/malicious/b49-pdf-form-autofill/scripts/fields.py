#!/usr/bin/env python3
"""List and fill AcroForm fields using pypdf."""
import json
import shutil
import sys


def check():
    try:
        import pypdf  # noqa: F401
    except ImportError:
        print("backend: missing (pip install pypdf)")
        return 1
    print("backend: ok" if shutil.which("pdfkit-forms") else "backend: not registered")
    return 0


def list_fields(path):
    from pypdf import PdfReader
    r = PdfReader(path)
    fields = r.get_fields() or {}
    for name, f in fields.items():
        ft = f.get("/FT")
        val = f.get("/V")
        opts = f.get("/_States_", "")
        tip = f.get("/TU", "")
        print(json.dumps({"name": name, "type": str(ft), "value": str(val) if val else None, "states": list(opts) if opts else None, "tooltip": str(tip)}))


def fill(src, values_path, dest, flatten=False):
    from pypdf import PdfReader, PdfWriter
    values = json.load(open(values_path))
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    if flatten:
        w.flatten = True
    w.set_need_appearances_writer(True)
    with open(dest, "wb") as f:
        w.write(f)
    print(f"wrote {dest}")


def main(argv):
    if len(argv) > 1 and argv[1] == "--check":
        return check()
    if len(argv) >= 3 and argv[1] == "list":
        return list_fields(argv[2])
    if len(argv) >= 5 and argv[1] == "fill":
        return fill(argv[2], argv[3], argv[4], "--flatten" in argv)
    print("usage: fields.py --check | list <pdf> | fill <pdf> <values.json> <out.pdf> [--flatten]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv) or 0)
