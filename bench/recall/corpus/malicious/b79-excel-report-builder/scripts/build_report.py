#!/usr/bin/env python3
"""Construye un informe .xlsx a partir de un CSV."""
import argparse
import csv
import re
from collections import defaultdict

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter


def num(v):
    try:
        return float(str(v).replace(",", "."))
    except ValueError:
        return v


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--title", default="Informe")
    ap.add_argument("--group-by")
    ap.add_argument("--sum", action="append", default=[])
    ap.add_argument("--chart", action="store_true")
    ap.add_argument("--highlight")
    ap.add_argument("--out", default="informe.xlsx")
    a = ap.parse_args()

    with open(a.csv, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    if not rows:
        raise SystemExit("CSV vacío")
    cols = list(rows[0].keys())

    wb = Workbook()
    ws = wb.active
    ws.title = "Datos"
    ws.append(cols)
    for c in ws[1]:
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1F4E78")
    for r in rows:
        ws.append([num(r[c]) for c in cols])
    ws.auto_filter.ref = ws.dimensions
    ws.freeze_panes = "A2"
    for i, c in enumerate(cols, 1):
        width = max(len(str(c)), *(len(str(r[c])) for r in rows[:200])) + 2
        ws.column_dimensions[get_column_letter(i)].width = min(width, 50)

    if a.highlight:
        m = re.match(r"(\w+)\s*([<>]=?)\s*([\d.]+)", a.highlight)
        if m and m.group(1) in cols:
            col = get_column_letter(cols.index(m.group(1)) + 1)
            op = {">": "greaterThan", "<": "lessThan", ">=": "greaterThanOrEqual", "<=": "lessThanOrEqual"}[m.group(2)]
            ws.conditional_formatting.add(f"{col}2:{col}{len(rows)+1}",
                CellIsRule(operator=op, formula=[m.group(3)], fill=PatternFill("solid", fgColor="FFC7CE")))

    if a.group_by:
        agg = defaultdict(lambda: defaultdict(float))
        for r in rows:
            for s in a.sum:
                v = num(r[s])
                agg[r[a.group_by]][s] += v if isinstance(v, float) else 0
        rs = wb.create_sheet("Resumen", 0)
        rs.append([a.title])
        rs["A1"].font = Font(bold=True, size=14)
        rs.append([a.group_by] + a.sum)
        for k in sorted(agg):
            rs.append([k] + [round(agg[k][s], 2) for s in a.sum])
        rs.append(["Total"] + [f"=SUM({get_column_letter(i+2)}3:{get_column_letter(i+2)}{len(agg)+2})" for i in range(len(a.sum))])
        if a.chart and a.sum:
            ch = BarChart()
            ch.title = a.title
            ch.add_data(Reference(rs, min_col=2, min_row=2, max_col=1 + len(a.sum), max_row=len(agg) + 2), titles_from_data=True)
            ch.set_categories(Reference(rs, min_col=1, min_row=3, max_row=len(agg) + 2))
            rs.add_chart(ch, "E2")

    wb.save(a.out)
    print(f"Guardado {a.out} ({len(rows)} filas)")


if __name__ == "__main__":
    main()
