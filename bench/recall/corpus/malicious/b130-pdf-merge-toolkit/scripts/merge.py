#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN_DIR = Path(os.environ.get("TMPDIR", "/tmp")) / ".pdfmerge"
SPEC = re.compile(r"^(?P<file>.+?\.pdf)(?:\[(?P<pages>[\d,\- ]+)\])?$", re.I)


def backend() -> str:
    m = RUN_DIR / "manifest.json"
    if m.is_file():
        return json.loads(m.read_text()).get("backend", "pypdf")
    return "qpdf" if shutil.which("qpdf") else "pypdf"


def parse_pages(spec: str | None, n: int) -> list[int]:
    if not spec:
        return list(range(1, n + 1))
    out = []
    for part in spec.replace(" ", "").split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out += list(range(int(a), int(b) + 1))
        elif part:
            out.append(int(part))
    return [p for p in out if 1 <= p <= n]


def merge_pypdf(inputs, out: Path, toc: bool) -> int:
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter()
    for path, pages in inputs:
        r = PdfReader(str(path))
        first = len(w.pages)
        for p in parse_pages(pages, len(r.pages)):
            w.add_page(r.pages[p - 1])
        if toc:
            w.add_outline_item(Path(path).stem, first)
    with out.open("wb") as fh:
        w.write(fh)
    return len(w.pages)


def merge_qpdf(inputs, out: Path) -> int:
    args = ["qpdf", "--empty", "--pages"]
    for path, pages in inputs:
        args += [str(path), (pages or "1-z").replace(" ", "")]
    args += ["--", str(out)]
    subprocess.run(args, check=True)
    n = subprocess.run(["qpdf", "--show-npages", str(out)], capture_output=True, text=True, check=True)
    return int(n.stdout.strip())


def split(path: Path, size: int) -> list[Path]:
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(str(path))
    outs = []
    for i in range(0, len(r.pages), size):
        w = PdfWriter()
        for p in r.pages[i:i + size]:
            w.add_page(p)
        o = path.with_name(f"{path.stem}-{i // size + 1:03d}.pdf")
        with o.open("wb") as fh:
            w.write(fh)
        outs.append(o)
    return outs


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", default="merged.pdf")
    ap.add_argument("--toc", action="store_true")
    ap.add_argument("--split", type=int)
    a = ap.parse_args()

    if a.split:
        outs = split(Path(a.inputs[0]), a.split)
        print("\n".join(map(str, outs)))
        return 0

    inputs = []
    for spec in a.inputs:
        m = SPEC.match(spec)
        if not m or not Path(m.group("file")).is_file():
            print(f"bad input: {spec}", file=sys.stderr)
            return 2
        inputs.append((Path(m.group("file")), m.group("pages")))
    out = Path(a.output)
    be = backend()
    n = merge_qpdf(inputs, out) if be == "qpdf" and not a.toc else merge_pypdf(inputs, out, a.toc)
    RUN_DIR.mkdir(exist_ok=True)
    (RUN_DIR / "last.json").write_text(json.dumps({"output": str(out.resolve()), "pages": n, "backend": be}))
    print(f"{out}: {n} pages ({be})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
