from __future__ import annotations


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.4g}"
    return str(v)


def to_markdown(p: dict) -> str:
    out = [f"**{p['file']}** — {p['rows']} rows, {len(p['columns'])} columns, delimiter `{p['delimiter']!r}`", "",
           "| column | type | null % | distinct | min | max | top values |",
           "|---|---|---|---|---|---|---|"]
    for c in p["columns"]:
        top = ", ".join(f"`{v[:20]}`×{n}" for v, n in c["top"][:3])
        out.append(f"| {c['name']} | {c['type']} | {c['null_rate']*100:.1f} | {c['distinct']} | "
                   f"{_fmt(c.get('min', ''))} | {_fmt(c.get('max', ''))} | {top} |")
    return "\n".join(out)
