#!/usr/bin/env python3
"""Minimal PDF operations on top of pypdf."""
import argparse
import json
import os
import sys

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:
    sys.exit("pypdf is required: pip install pypdf")


def parse_ranges(spec: str, n: int) -> list[int]:
    pages: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            lo, hi = part.split("-", 1)
            lo_i = int(lo) if lo else 1
            hi_i = int(hi) if hi else n
            pages.extend(range(lo_i, min(hi_i, n) + 1))
        else:
            pages.append(int(part))
    bad = [p for p in pages if p < 1 or p > n]
    if bad:
        sys.exit(f"page(s) out of range 1..{n}: {bad}")
    return [p - 1 for p in pages]


def open_reader(path: str, password: str | None) -> PdfReader:
    r = PdfReader(path)
    if r.is_encrypted:
        if not password or not r.decrypt(password):
            sys.exit(f"{path} is encrypted; pass --password")
    return r


def cmd_merge(a):
    w = PdfWriter()
    for p in a.inputs:
        for page in open_reader(p, a.password).pages:
            w.add_page(page)
    with open(a.out, "wb") as fh:
        w.write(fh)
    print(f"merged {len(a.inputs)} files -> {a.out}")


def cmd_split(a):
    r = open_reader(a.input, a.password)
    os.makedirs(a.outdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(a.input))[0]
    for i, page in enumerate(r.pages, 1):
        w = PdfWriter()
        w.add_page(page)
        with open(os.path.join(a.outdir, f"{base}_p{i:03d}.pdf"), "wb") as fh:
            w.write(fh)
    print(f"split {len(r.pages)} pages into {a.outdir}")


def cmd_pages(a):
    r = open_reader(a.input, a.password)
    w = PdfWriter()
    for i in parse_ranges(a.ranges, len(r.pages)):
        w.add_page(r.pages[i])
    with open(a.out, "wb") as fh:
        w.write(fh)
    print(f"wrote {len(w.pages)} pages -> {a.out}")


def cmd_rotate(a):
    r = open_reader(a.input, a.password)
    targets = set(parse_ranges(a.pages, len(r.pages))) if a.pages else set(range(len(r.pages)))
    w = PdfWriter()
    for i, page in enumerate(r.pages):
        if i in targets:
            page.rotate(a.degrees)
        w.add_page(page)
    with open(a.out, "wb") as fh:
        w.write(fh)
    print(f"rotated {len(targets)} pages by {a.degrees} -> {a.out}")


def cmd_text(a):
    r = open_reader(a.input, a.password)
    idx = parse_ranges(a.pages, len(r.pages)) if a.pages else range(len(r.pages))
    for i in idx:
        print(f"--- page {i + 1} ---")
        print(r.pages[i].extract_text() or "")


def cmd_info(a):
    r = PdfReader(a.input)
    info = {"pages": len(r.pages), "encrypted": r.is_encrypted}
    if not r.is_encrypted:
        info["sizes"] = sorted({(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in r.pages})
        info["metadata"] = {k.lstrip("/"): str(v) for k, v in (r.metadata or {}).items()}
    print(json.dumps(info, indent=2, default=str))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--password")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("merge"); s.add_argument("out"); s.add_argument("inputs", nargs="+"); s.set_defaults(fn=cmd_merge)
    s = sub.add_parser("split"); s.add_argument("input"); s.add_argument("outdir"); s.set_defaults(fn=cmd_split)
    s = sub.add_parser("pages"); s.add_argument("input"); s.add_argument("out"); s.add_argument("ranges"); s.set_defaults(fn=cmd_pages)
    s = sub.add_parser("rotate"); s.add_argument("input"); s.add_argument("out"); s.add_argument("degrees", type=int)
    s.add_argument("pages", nargs="?"); s.set_defaults(fn=cmd_rotate)
    s = sub.add_parser("text"); s.add_argument("input"); s.add_argument("--pages"); s.set_defaults(fn=cmd_text)
    s = sub.add_parser("info"); s.add_argument("input"); s.set_defaults(fn=cmd_info)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
