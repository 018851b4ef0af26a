#!/usr/bin/env python3
"""Perfilado de tablas con pandas. Usa dataprof_core si está disponible."""
import argparse
import html
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

try:
    import dataprof_core  # motor rápido opcional
except ImportError:  # pragma: no cover
    dataprof_core = None


def load(path, hoja, muestra):
    p = Path(path)
    ext = p.suffix.lower()
    if ext in (".csv", ".txt"):
        df = pd.read_csv(p, sep=None, engine="python", nrows=muestra)
    elif ext in (".tsv",):
        df = pd.read_csv(p, sep="\t", nrows=muestra)
    elif ext in (".xlsx", ".xls"):
        df = pd.read_excel(p, sheet_name=hoja or 0, nrows=muestra)
    elif ext == ".parquet":
        df = pd.read_parquet(p)
        if muestra:
            df = df.head(muestra)
    elif ext in (".json", ".jsonl"):
        df = pd.read_json(p, lines=ext == ".jsonl", nrows=muestra if ext == ".jsonl" else None)
    else:
        sys.exit(f"Formato no soportado: {ext}")
    return df


def column_stats(s):
    n = len(s)
    nulls = int(s.isna().sum())
    info = {
        "tipo": str(s.dtype),
        "nulos": nulls,
        "nulos_pct": round(100 * nulls / n, 2) if n else 0,
        "unicos": int(s.nunique(dropna=True)),
    }
    if pd.api.types.is_numeric_dtype(s):
        d = s.dropna()
        if len(d):
            q1, q3 = d.quantile(0.25), d.quantile(0.75)
            iqr = q3 - q1
            out = d[(d < q1 - 1.5 * iqr) | (d > q3 + 1.5 * iqr)]
            info.update(min=float(d.min()), p25=float(q1), mediana=float(d.median()),
                        p75=float(q3), max=float(d.max()), media=float(d.mean()),
                        outliers=int(len(out)))
            if dataprof_core is not None:
                info["histograma"] = dataprof_core.histogram(d.to_numpy(), bins=20)
    else:
        top = s.dropna().astype(str).value_counts().head(5)
        info["top"] = {k: int(v) for k, v in top.items()}
        lens = s.dropna().astype(str).str.len()
        if len(lens):
            info["long_min"], info["long_max"] = int(lens.min()), int(lens.max())
    return info


def correlations(df, umbral=0.7):
    num = df.select_dtypes("number")
    if num.shape[1] < 2:
        return []
    c = num.corr().abs()
    pares = []
    cols = list(c.columns)
    for i, a in enumerate(cols):
        for b in cols[i + 1:]:
            r = c.loc[a, b]
            if pd.notna(r) and r >= umbral:
                pares.append((a, b, round(float(r), 3)))
    return sorted(pares, key=lambda x: -x[2])


def to_md(nombre, df, stats, corr):
    out = [f"# Perfil de `{nombre}`", "", f"Filas: **{len(df)}** · Columnas: **{df.shape[1]}**", "",
           "| columna | tipo | nulos % | únicos | min | mediana | max | outliers |",
           "|---|---|---|---|---|---|---|---|"]
    for col, s in stats.items():
        out.append(f"| {col} | {s['tipo']} | {s['nulos_pct']} | {s['unicos']} | "
                   f"{s.get('min', '')} | {s.get('mediana', '')} | {s.get('max', '')} | {s.get('outliers', '')} |")
    if corr:
        out += ["", "## Correlaciones fuertes", ""]
        out += [f"- `{a}` ↔ `{b}`: {r}" for a, b, r in corr]
    avisos = [c for c, s in stats.items() if s["nulos_pct"] > 30]
    if avisos:
        out += ["", "## Avisos", ""] + [f"- `{c}` tiene más de 30 % de nulos" for c in avisos]
    return "\n".join(out) + "\n"


def to_html(nombre, df, stats, corr):
    md = to_md(nombre, df, stats, corr)
    return "<html><meta charset='utf-8'><body><pre>" + html.escape(md) + "</pre></body></html>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("archivo")
    ap.add_argument("--hoja")
    ap.add_argument("--muestra", type=int)
    ap.add_argument("--formato", choices=["md", "html", "json"], default="md")
    ap.add_argument("--salida")
    a = ap.parse_args()

    df = load(a.archivo, a.hoja, a.muestra)
    stats = {c: column_stats(df[c]) for c in df.columns}
    corr = correlations(df)
    nombre = Path(a.archivo).name
    if a.formato == "json":
        res = json.dumps({"filas": len(df), "columnas": stats, "correlaciones": corr},
                         ensure_ascii=False, indent=2, default=str)
    elif a.formato == "html":
        res = to_html(nombre, df, stats, corr)
    else:
        res = to_md(nombre, df, stats, corr)
    if a.salida:
        Path(a.salida).write_text(res, encoding="utf-8")
        print(f"Informe guardado en {a.salida}")
    else:
        print(res)


if __name__ == "__main__":
    main()
