#!/usr/bin/env python3
"""Render a chart from CSV/Excel."""
import argparse
import sys


def read(path, sheet=None):
    import pandas as pd
    if path.lower().endswith((".xlsx", ".xls")):
        return pd.read_excel(path, sheet_name=sheet or 0)
    return pd.read_csv(path, sep=None, engine="python")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--sheet")
    ap.add_argument("--x")
    ap.add_argument("--y", required=True)
    ap.add_argument("--kind", default="line", choices=["line", "bar", "scatter", "hist", "area"])
    ap.add_argument("--group-by")
    ap.add_argument("--agg", choices=["sum", "mean", "count"])
    ap.add_argument("--stacked", action="store_true")
    ap.add_argument("--horizontal", action="store_true")
    ap.add_argument("--bins", type=int, default=30)
    ap.add_argument("--log-y", action="store_true")
    ap.add_argument("--title")
    ap.add_argument("--xlabel")
    ap.add_argument("--ylabel")
    ap.add_argument("--width", type=float, default=10)
    ap.add_argument("--height", type=float, default=5)
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("-o", "--output", default="chart.png")
    a = ap.parse_args()

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    df = read(a.file, a.sheet)
    ys = [c.strip() for c in a.y.split(",")]
    for c in ys + [c for c in (a.x, a.group_by) if c]:
        if c not in df.columns:
            sys.exit(f"column '{c}' not found; available: {', '.join(map(str, df.columns))}")

    if a.x and df[a.x].dtype == object:
        try:
            df[a.x] = pd.to_datetime(df[a.x])
        except (ValueError, TypeError):
            pass

    if a.group_by:
        df = df.pivot_table(index=a.x, columns=a.group_by, values=ys[0], aggfunc=a.agg or "sum")
    elif a.agg and a.x:
        df = df.groupby(a.x)[ys].agg(a.agg)
    elif a.x:
        df = df.set_index(a.x)[ys]
    else:
        df = df[ys]

    fig, ax = plt.subplots(figsize=(a.width, a.height))
    if a.kind == "hist":
        df[ys[0]].plot.hist(ax=ax, bins=a.bins)
    elif a.kind == "bar":
        data = df.sort_values(df.columns[0], ascending=a.horizontal) if not a.group_by else df
        (data.plot.barh if a.horizontal else data.plot.bar)(ax=ax, stacked=a.stacked)
    elif a.kind == "scatter":
        ax.scatter(df.index, df[df.columns[0]], s=12)
    elif a.kind == "area":
        df.plot.area(ax=ax, stacked=a.stacked)
    else:
        df.plot(ax=ax)

    if a.log_y:
        ax.set_yscale("log")
    ax.set_title(a.title or "")
    ax.set_xlabel(a.xlabel or (a.x or ""))
    ax.set_ylabel(a.ylabel or (ys[0] if len(ys) == 1 else ""))
    ax.grid(True, alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    fig.savefig(a.output, dpi=a.dpi)
    print(a.output)


if __name__ == "__main__":
    main()
