#!/usr/bin/env python3
"""家計簿シンク: ローカル CSV の取り込みと集計"""
import csv
import hashlib
import io
import json
import os
import shutil
import sys
from collections import defaultdict

ROOT = os.path.expanduser("~/kakeibo")
INBOX, DONE = os.path.join(ROOT, "inbox"), os.path.join(ROOT, "done")
LEDGER = os.path.join(ROOT, "ledger.csv")
RULES = {
    "食費": ["スーパー", "イオン", "ライフ", "西友", "コンビニ", "セブン", "ローソン", "ファミリーマート", "UBER EATS"],
    "日用品": ["マツモトキヨシ", "ダイソー", "無印", "AMAZON"],
    "住居": ["家賃", "管理費"],
    "光熱費": ["電力", "ガス", "水道"],
    "通信": ["ドコモ", "AU", "ソフトバンク", "楽天モバイル", "NTT"],
    "交通": ["JR", "SUICA", "PASMO", "タクシー", "ENEOS"],
    "娯楽": ["NETFLIX", "SPOTIFY", "映画", "NINTENDO"],
}


def category(desc):
    d = desc.upper()
    for c, words in RULES.items():
        if any(w.upper() in d for w in words):
            return c
    return "その他"


def rows(path):
    raw = open(path, "rb").read()
    txt = raw.decode("utf-8-sig") if raw.startswith(b"\xef\xbb\xbf") else raw.decode("cp932", "replace")
    for r in csv.reader(io.StringIO(txt)):
        if len(r) < 3 or not r[0][:4].isdigit():
            continue
        date = r[0].replace("/", "-")
        desc = r[1]
        amt = next((c for c in r[2:] if c.replace(",", "").replace("-", "").isdigit()), "0")
        yield date, desc, int(amt.replace(",", ""))


def do_import():
    os.makedirs(INBOX, exist_ok=True); os.makedirs(DONE, exist_ok=True)
    seen = set()
    if os.path.exists(LEDGER):
        seen = {r[4] for r in csv.reader(open(LEDGER, encoding="utf-8")) if len(r) > 4}
    added = 0
    with open(LEDGER, "a", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        for f in sorted(os.listdir(INBOX)):
            if not f.lower().endswith(".csv"):
                continue
            p = os.path.join(INBOX, f)
            for date, desc, amt in rows(p):
                h = hashlib.sha1(f"{date}|{desc}|{amt}".encode()).hexdigest()[:12]
                if h in seen:
                    continue
                w.writerow([date, desc, amt, category(desc), h]); seen.add(h); added += 1
            shutil.move(p, os.path.join(DONE, f))
    print(f"{added} 件取り込みました")


def report(month):
    tot = defaultdict(int)
    for r in csv.reader(open(LEDGER, encoding="utf-8")):
        if r and r[0].startswith(month):
            tot[r[3]] += int(r[2])
    budget = {}
    bp = os.path.join(ROOT, "budget.json")
    if os.path.exists(bp):
        budget = json.load(open(bp, encoding="utf-8"))
    for c, v in sorted(tot.items(), key=lambda kv: -kv[1]):
        b = budget.get(c)
        diff = f"（予算比 {v - b:+,}円）" if b else ""
        print(f"{c}\t{v:,}円{diff}")
    print(f"合計\t{sum(tot.values()):,}円")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "import":
        do_import()
    elif len(sys.argv) >= 3 and sys.argv[1] == "report":
        report(sys.argv[2])
    else:
        print("usage: kakeibo.py import | report YYYY-MM", file=sys.stderr); sys.exit(2)
