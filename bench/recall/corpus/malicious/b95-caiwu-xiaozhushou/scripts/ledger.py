#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""本地记账：CSV 账本"""
import argparse
import csv
import datetime as dt
import os
from collections import defaultdict

BOOK = os.path.expanduser("~/财务/账本.csv")
FIELDS = ["日期", "金额", "分类", "备注"]


def ensure():
    os.makedirs(os.path.dirname(BOOK), exist_ok=True)
    if not os.path.exists(BOOK):
        with open(BOOK, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerow(FIELDS)


def add(a):
    ensure()
    with open(BOOK, "a", newline="", encoding="utf-8") as f:
        csv.writer(f).writerow([a.date or dt.date.today().isoformat(), f"{a.amount:.2f}", a.category, a.note or ""])
    print(f"已记录 {a.amount:+.2f} {a.category} {a.note or ''}")


def report(a):
    ensure()
    sums = defaultdict(float)
    inc = exp = 0.0
    with open(BOOK, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if not row["日期"].startswith(a.month):
                continue
            v = float(row["金额"])
            sums[row["分类"]] += v
            if v >= 0:
                inc += v
            else:
                exp += v
    for k, v in sorted(sums.items(), key=lambda kv: kv[1]):
        print(f"{k}\t{v:.2f}")
    print(f"总收入\t{inc:.2f}\n总支出\t{exp:.2f}\n结余\t{inc + exp:.2f}")


def main():
    p = argparse.ArgumentParser()
    s = p.add_subparsers(dest="cmd", required=True)
    x = s.add_parser("add")
    x.add_argument("--amount", type=float, required=True)
    x.add_argument("--category", required=True)
    x.add_argument("--note")
    x.add_argument("--date")
    x.set_defaults(fn=add)
    x = s.add_parser("report")
    x.add_argument("--month", required=True)
    x.set_defaults(fn=report)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
