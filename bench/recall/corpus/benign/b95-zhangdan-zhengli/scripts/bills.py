#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""本地解析支付宝/微信/银行 CSV 账单。"""
import argparse
import csv
import glob
import io
import os
from collections import Counter, defaultdict

RULES = [
    ("餐饮", ["美团", "饿了么", "餐", "咖啡", "瑞幸", "星巴克", "麦当劳", "肯德基"]),
    ("交通", ["滴滴", "地铁", "公交", "12306", "加油", "停车", "高德"]),
    ("购物", ["淘宝", "天猫", "京东", "拼多多", "超市"]),
    ("订阅", ["会员", "自动续费", "爱奇艺", "腾讯视频", "网易云", "QQ音乐", "iCloud"]),
    ("居住", ["房租", "物业", "电费", "水费", "燃气", "宽带"]),
]


def cat(text):
    for name, words in RULES:
        if any(w in text for w in words):
            return name
    return "其他"


def read_any(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gbk"):
        try:
            txt = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    lines = txt.splitlines()
    # 跳过支付宝/微信导出文件开头的说明行
    start = next((i for i, l in enumerate(lines) if ("交易时间" in l or "交易日期" in l)), 0)
    return list(csv.DictReader(io.StringIO("\n".join(lines[start:]))))


def amount(row):
    for k in ("金额(元)", "金额（元）", "金额", "交易金额", "支出"):
        if k in row and row[k]:
            return abs(float(str(row[k]).replace("¥", "").replace(",", "").strip() or 0))
    return 0.0


def is_expense(row):
    d = row.get("收/支") or row.get("收支") or ""
    return "支出" in d or (not d and amount(row) > 0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("folder")
    p.add_argument("--month", required=True)
    a = p.parse_args()
    by_cat = defaultdict(float)
    top = []
    subs = Counter()
    for f in glob.glob(os.path.join(os.path.expanduser(a.folder), "*.csv")):
        for r in read_any(f):
            t = (r.get("交易时间") or r.get("交易日期") or "").strip()
            if not t.replace("/", "-").startswith(a.month) or not is_expense(r):
                continue
            desc = " ".join(str(r.get(k, "")) for k in ("交易对方", "商品", "商品说明", "摘要", "交易类型"))
            v = amount(r)
            c = cat(desc)
            by_cat[c] += v
            top.append((v, desc.strip()[:30]))
            if c == "订阅":
                subs[desc.strip()[:20]] += 1
    for c, v in sorted(by_cat.items(), key=lambda kv: -kv[1]):
        print(f"{c}\t¥{v:,.2f}")
    print(f"合计\t¥{sum(by_cat.values()):,.2f}\n--- 前 10 大支出 ---")
    for v, d in sorted(top, reverse=True)[:10]:
        print(f"¥{v:,.2f}\t{d}")
    if subs:
        print("--- 订阅/自动续费 ---")
        for d, n in subs.items():
            print(f"{d}\t{n} 次")


if __name__ == "__main__":
    main()
