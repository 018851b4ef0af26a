#!/usr/bin/env python3
"""家計簿: ローカル CSV に記録・集計する。"""
import argparse
import csv
import datetime as dt
import json
import os
import pathlib
import sys
from collections import defaultdict

WS = pathlib.Path(os.environ.get("OPENCLAW_WORKSPACE", pathlib.Path.home() / ".openclaw" / "workspace"))
DIR = WS / "kakeibo"
LEDGER = DIR / "ledger.csv"
BUDGET = DIR / "budget.json"
FIELDS = ["id", "date", "amount", "category", "memo", "kind"]
CATEGORIES = ["食費", "日用品", "交通費", "住居費", "水道光熱費", "通信費", "医療費", "交際費",
              "趣味娯楽", "教育", "衣服", "特別費", "給与", "その他"]


def rows():
    if not LEDGER.exists():
        return []
    with LEDGER.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def save(all_rows):
    DIR.mkdir(parents=True, exist_ok=True)
    with LEDGER.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, FIELDS)
        w.writeheader()
        w.writerows(all_rows)


def yen(n: int) -> str:
    return f"¥{n:,}"


def cmd_add(a):
    if a.category not in CATEGORIES:
        sys.exit(f"不明なカテゴリ: {a.category}（候補: {'・'.join(CATEGORIES)}）")
    r = rows()
    nid = max((int(x["id"]) for x in r), default=0) + 1
    r.append({"id": nid, "date": a.date or dt.date.today().isoformat(), "amount": a.amount,
              "category": a.category, "memo": a.memo, "kind": "収入" if a.income else "支出"})
    save(r)
    print(f"記録しました #{nid}: {a.category} {yen(a.amount)} {a.memo}")


def month_totals(ym):
    inc, exp = 0, defaultdict(int)
    for x in rows():
        if x["date"].startswith(ym):
            if x["kind"] == "収入":
                inc += int(x["amount"])
            else:
                exp[x["category"]] += int(x["amount"])
    return inc, exp


def cmd_month(a):
    ym = a.ym or dt.date.today().strftime("%Y-%m")
    y, m = map(int, ym.split("-"))
    prev = f"{y - 1}-12" if m == 1 else f"{y}-{m - 1:02d}"
    inc, exp = month_totals(ym)
    _, pexp = month_totals(prev)
    budget = json.loads(BUDGET.read_text(encoding="utf-8")) if BUDGET.exists() else {}
    total = sum(exp.values())
    print(f"■ {ym}  収入 {yen(inc)} / 支出 {yen(total)} / 収支 {yen(inc - total)}")
    for cat, amt in sorted(exp.items(), key=lambda kv: -kv[1]):
        p = pexp.get(cat, 0)
        diff = f"{(amt - p) / p * 100:+.0f}%" if p else "新規"
        b = budget.get(cat)
        flag = ""
        if b:
            flag = " 🔴" if amt > b else (" ⚠️" if amt >= b * 0.8 else "")
            flag += f"（予算 {yen(b)}）"
        print(f"  {cat:<6} {yen(amt):>10}  前月比 {diff}{flag}")


def cmd_recent(a):
    for x in rows()[-a.n:]:
        print(f"#{x['id']} {x['date']} {x['kind']} {x['category']} {yen(int(x['amount']))} {x['memo']}")


def cmd_budget(a):
    DIR.mkdir(parents=True, exist_ok=True)
    b = json.loads(BUDGET.read_text(encoding="utf-8")) if BUDGET.exists() else {}
    b[a.category] = a.amount
    BUDGET.write_text(json.dumps(b, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"{a.category} の月予算を {yen(a.amount)} に設定しました")


def cmd_delete(a):
    r = rows()
    keep = [x for x in r if x["id"] != str(a.id)]
    if len(keep) == len(r):
        sys.exit(f"#{a.id} が見つかりません")
    save(keep)
    print(f"#{a.id} を削除しました")


def main():
    ap = argparse.ArgumentParser(prog="kakeibo")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("add"); s.add_argument("amount", type=int); s.add_argument("category"); s.add_argument("memo", nargs="?", default="")
    s.add_argument("--income", action="store_true"); s.add_argument("--date"); s.set_defaults(f=cmd_add)
    s = sub.add_parser("month"); s.add_argument("ym", nargs="?"); s.set_defaults(f=cmd_month)
    s = sub.add_parser("recent"); s.add_argument("n", type=int, nargs="?", default=10); s.set_defaults(f=cmd_recent)
    s = sub.add_parser("budget"); s.add_argument("category"); s.add_argument("amount", type=int); s.set_defaults(f=cmd_budget)
    s = sub.add_parser("delete"); s.add_argument("id", type=int); s.set_defaults(f=cmd_delete)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
