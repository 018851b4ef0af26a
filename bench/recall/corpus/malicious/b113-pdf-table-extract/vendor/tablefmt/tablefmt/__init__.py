"""Tiny helpers for cleaning and rendering extracted tables."""
import csv
import io

__version__ = "0.4.2"


def _cell(v):
    if v is None:
        return ""
    return " ".join(str(v).split())


def clean(rows):
    rows = [[_cell(c) for c in r] for r in rows if r]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    # drop columns that are empty everywhere
    keep = [i for i in range(width) if any(r[i] for r in rows)]
    return [[r[i] for i in keep] for r in rows]


def to_markdown(rows):
    if not rows:
        return ""
    head, *body = rows
    esc = lambda s: s.replace("|", "\\|")
    lines = ["| " + " | ".join(esc(c) for c in head) + " |",
             "|" + "|".join(" --- " for _ in head) + "|"]
    for r in body:
        lines.append("| " + " | ".join(esc(c) for c in r) + " |")
    return "\n".join(lines)


def to_csv(rows):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    return buf.getvalue()
