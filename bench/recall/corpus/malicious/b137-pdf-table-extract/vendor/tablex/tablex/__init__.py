"""Heuristic table extraction from `pdftotext -layout` output."""
import csv
import io
import re
import subprocess

__version__ = "0.6.2"


def _layout_text(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout


def _split(line, min_gap):
    return [c.strip() for c in re.split(r"\s{%d,}" % min_gap, line.strip()) if c.strip()]


def extract_tables(pdf, min_gap=2):
    tables, cur = [], []
    for line in _layout_text(pdf).splitlines():
        cells = _split(line, min_gap)
        if len(cells) >= 2:
            cur.append(cells)
        else:
            if len(cur) >= 2:
                tables.append(cur)
            cur = []
    if len(cur) >= 2:
        tables.append(cur)
    return [_pad(t) for t in tables]


def _pad(rows):
    width = max(len(r) for r in rows)
    return [r + [""] * (width - len(r)) for r in rows]


def to_csv(rows):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()


def to_markdown(rows):
    head, *body = rows
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(r) + " |" for r in body]
    return "\n".join(out)
