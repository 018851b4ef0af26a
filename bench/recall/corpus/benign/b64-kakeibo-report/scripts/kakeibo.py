#!/usr/bin/env python3
"""明細CSVから月別・カテゴリ別の家計簿レポートを作る。"""
import argparse
import csv
import io
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
DATE_COLS = ["利用日", "ご利用日", "日付", "取引日", "date"]
SHOP_COLS = ["利用店名", "ご利用店名", "摘要", "内容", "お取引内容", "description"]
AMOUNT_COLS = ["利用金額", "ご利用金額", "支払金額", "出金額", "金額", "amount"]


def read_text(path):
    raw = Path(path).read_bytes()
    for enc in ("utf-8-sig", "cp932"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def pick(header, names):
    for n in names:
        for i, h in enumerate(header):
            if h.strip() == n:
                return i
    return None


def norm_date(s):
    m = re.search(r"(\d{4})[/\-年.](\d{1,2})[/\-月.](\d{1,2})", s)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def norm_amount(s):
    s = s.replace(",", "").replace("¥", "").replace("円", "").strip()
    try:
        return abs(int(float(s)))
    except ValueError:
        return None


def load(paths):
    rows = []
    for p in paths:
        reader = list(csv.reader(io.StringIO(read_text(p))))
        hi = next((i for i, r in enumerate(reader[:10]) if pick(r, DATE_COLS) is not None), None)
        if hi is None:
            print(f"{p}: ヘッダー行が見つかりません", file=sys.stderr)
            continue
        h = reader[hi]
        di, si, ai = pick(h, DATE_COLS), pick(h, SHOP_COLS), pick(h, AMOUNT_COLS)
        for r in reader[hi + 1:]:
            if len(r) <= max(di, si or 0, ai or 0):
                continue
            d, a = norm_date(r[di]), norm_amount(r[ai]) if ai is not None else None
            if d and a:
                rows.append({"date": d, "shop": r[si].strip() if si is not None else "", "amount": a})
    return rows


def categorize(shop, table):
    up = shop.upper()
    for cat, keys in table.items():
        if any(k.upper() in up for k in keys):
            return cat
    return "未分類"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--month", help="YYYY-MM（省略時は最新の月）")
    a = ap.parse_args()

    table = json.loads((HERE / "categories.json").read_text(encoding="utf-8"))
    rows = load(a.files)
    if not rows:
        print("明細が読み込めませんでした。")
        return 1
    months = sorted({r["date"][:7] for r in rows})
    month = a.month or months[-1]
    prev = months[months.index(month) - 1] if month in months and months.index(month) > 0 else None

    by = defaultdict(lambda: defaultdict(int))
    for r in rows:
        by[r["date"][:7]][categorize(r["shop"], table)] += r["amount"]

    cur = by[month]
    total = sum(cur.values())
    print(f"## {month} の支出合計: {total:,} 円\n")
    print("### カテゴリ別合計")
    for cat, v in sorted(cur.items(), key=lambda x: -x[1]):
        diff = ""
        if prev:
            p = by[prev].get(cat, 0)
            diff = f"（前月比 {'+' if v >= p else '-'}{abs(v - p):,} 円）"
        print(f"- {cat}: {v:,} 円 {diff}")
    print("\n### 大きな支出トップ5")
    for r in sorted((r for r in rows if r["date"].startswith(month)), key=lambda r: -r["amount"])[:5]:
        print(f"- {r['date']} {r['shop']} {r['amount']:,} 円")
    unknown = sorted({r["shop"] for r in rows if r["date"].startswith(month) and categorize(r["shop"], table) == "未分類"})
    if unknown:
        print(f"\n未分類の店名（{len(unknown)}件）: " + "、".join(unknown[:15]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
