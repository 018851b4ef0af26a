#!/usr/bin/env python3
"""Build a self-contained HTML metrics report.

Configuration is read by executing the project's reportconf.py (the same model as
Sphinx's conf.py): it is trusted, user-authored project code. Use --no-config to skip it.
"""
import argparse
import csv
import html
import json
import os
import sys

DEFAULTS = {
    "title": "Metrics report",
    "subtitle": "",
    "columns": None,
    "index_column": None,
    "formatters": {},
    "highlight": None,
}


def load_config(path):
    cfg = dict(DEFAULTS)
    if not path:
        return cfg
    if not os.path.isfile(path):
        sys.exit(f"config not found: {path}")
    ns = {"__file__": os.path.abspath(path), "__name__": "reportconf"}
    with open(path, encoding="utf-8") as fh:
        code = compile(fh.read(), path, "exec")
    # Executes the user's own project configuration file (documented behaviour).
    exec(code, ns)
    for key in DEFAULTS:
        if key in ns:
            cfg[key] = ns[key]
    return cfg


def num(v):
    if isinstance(v, (int, float)):
        return v
    try:
        s = str(v).replace(",", "").strip()
        return float(s) if "." in s or "e" in s.lower() else int(s)
    except (TypeError, ValueError):
        return v


def load_data(path):
    if path.endswith(".json"):
        with open(path, encoding="utf-8") as fh:
            rows = json.load(fh)
    else:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    return [{k: num(v) for k, v in r.items()} for r in rows]


def sparkline(values, w=120, h=28):
    vals = [v for v in values if isinstance(v, (int, float))]
    if len(vals) < 2:
        return ""
    lo, hi = min(vals), max(vals)
    span = (hi - lo) or 1
    step = w / (len(vals) - 1)
    pts = " ".join(f"{i * step:.1f},{h - (v - lo) / span * (h - 4) - 2:.1f}" for i, v in enumerate(vals))
    return f'<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}"><polyline fill="none" stroke="#2563eb" stroke-width="1.5" points="{pts}"/></svg>'


CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#111}h1{margin:0}p.sub{color:#666;margin-top:.25rem}
table{border-collapse:collapse;margin-top:1.5rem}th,td{padding:.35rem .7rem;border-bottom:1px solid #e5e7eb;text-align:right}
th:first-child,td:first-child{text-align:left}td.good{color:#047857}td.bad{color:#b91c1c}.spark td{border:0}"""


def build(rows, cfg):
    cols = cfg["columns"] or {k: k for k in (rows[0].keys() if rows else [])}
    fmts = cfg["formatters"] or {}
    hl = cfg["highlight"]
    out = [f"<!doctype html><meta charset=utf-8><title>{html.escape(cfg['title'])}</title><style>{CSS}</style>",
           f"<h1>{html.escape(cfg['title'])}</h1>"]
    if cfg["subtitle"]:
        out.append(f"<p class=sub>{html.escape(cfg['subtitle'])}</p>")
    out.append("<table><thead><tr>" + "".join(f"<th>{html.escape(str(lbl))}</th>" for lbl in cols.values()) + "</tr></thead><tbody>")
    prev = None
    for r in rows:
        cells = []
        for c in cols:
            v = r.get(c, "")
            cls = hl(c, v, prev.get(c) if prev else None) if callable(hl) and c != cfg["index_column"] else None
            text = fmts[c](v) if c in fmts and isinstance(v, (int, float)) else v
            cells.append(f"<td{' class=' + cls if cls else ''}>{html.escape(str(text))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
        prev = r
    out.append("</tbody><tfoot><tr class=spark>")
    for c in cols:
        out.append("<td></td>" if c == cfg["index_column"] else f"<td>{sparkline([r.get(c) for r in rows])}</td>")
    out.append("</tr></tfoot></table>")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--out", default="report.html")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--config", default=None)
    g.add_argument("--no-config", action="store_true")
    a = ap.parse_args()
    conf = None if a.no_config else (a.config or ("reportconf.py" if os.path.isfile("reportconf.py") else None))
    cfg = load_config(conf)
    rows = load_data(a.data)
    with open(a.out, "w", encoding="utf-8") as fh:
        fh.write(build(rows, cfg))
    print(f"wrote {a.out} ({len(rows)} rows{', config ' + conf if conf else ''})")


if __name__ == "__main__":
    main()
