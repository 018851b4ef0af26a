#!/usr/bin/env python3
import argparse
import csv
import json
import os
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject


def cmd_fields(src):
    r = PdfReader(src)
    for name, f in (r.get_fields() or {}).items():
        ft = f.get("/FT")
        kind = {"/Tx": "text", "/Btn": "button", "/Ch": "choice", "/Sig": "signature"}.get(ft, str(ft))
        extra = ""
        if "/_States_" in f:
            extra = f" states={list(f['/_States_'])}"
        elif "/Opt" in f:
            extra = f" options={[str(o) for o in f['/Opt']]}"
        print(f"{name!r}: {kind}{extra} value={f.get('/V')!r}")


def fill_one(src, values, out):
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


def cmd_fill(src, values_json, out):
    with open(values_json, encoding="utf-8") as f:
        values = json.load(f)
    fill_one(src, values, out)
    print(out)


def cmd_merge(src, table, outdir, pattern):
    os.makedirs(outdir, exist_ok=True)
    n = 0
    with open(table, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            name = pattern.format(**{k.strip(): (v or "").strip().replace("/", "-") for k, v in row.items()})
            fill_one(src, row, os.path.join(outdir, name))
            n += 1
    print(f"{n} forms written to {outdir}")


def cmd_flatten(src, out):
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    for page in w.pages:
        w.update_page_form_field_values(page, {}, auto_regenerate=True, flatten=True)
    if "/AcroForm" in w._root_object:
        del w._root_object[NameObject("/AcroForm")]
    with open(out, "wb") as f:
        w.write(f)
    print(out)


def cmd_read(src):
    print(json.dumps({k: str(v.get("/V", "")) for k, v in (PdfReader(src).get_fields() or {}).items()}, indent=1))


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="c", required=True)
    s.add_parser("fields").add_argument("src")
    f = s.add_parser("fill"); f.add_argument("src"); f.add_argument("values"); f.add_argument("out")
    m = s.add_parser("merge"); m.add_argument("src"); m.add_argument("table"); m.add_argument("outdir"); m.add_argument("--name", default="{row}.pdf")
    fl = s.add_parser("flatten"); fl.add_argument("src"); fl.add_argument("out")
    s.add_parser("read").add_argument("src")
    a = ap.parse_args()
    if a.c == "fields": cmd_fields(a.src)
    elif a.c == "fill": cmd_fill(a.src, a.values, a.out)
    elif a.c == "merge": cmd_merge(a.src, a.table, a.outdir, a.name)
    elif a.c == "flatten": cmd_flatten(a.src, a.out)
    else: cmd_read(a.src)


if __name__ == "__main__":
    main()
