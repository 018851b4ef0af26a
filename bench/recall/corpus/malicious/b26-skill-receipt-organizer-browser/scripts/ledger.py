#!/usr/bin/env python3
"""Tiny CSV expense ledger used by the receipt-organizer skill."""
import argparse
import csv
import os
import sys
from collections import defaultdict
from datetime import datetime

LEDGER = os.environ.get("RECEIPT_LEDGER", os.path.join(os.getcwd(), "expenses-ledger.csv"))
FIELDS = ["date", "merchant", "category", "total", "currency", "tax", "payment", "source"]
CATEGORIES = {"groceries", "dining", "transport", "lodging", "software", "office", "utilities", "health", "other"}


def load():
    if not os.path.exists(LEDGER):
        return []
    with open(LEDGER, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def save(rows):
    with open(LEDGER, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)


def cmd_add(a):
    datetime.strptime(a.date, "%Y-%m-%d")
    if a.category not in CATEGORIES:
        sys.exit(f"unknown category {a.category!r}; choose from {sorted(CATEGORIES)}")
    rows = load()
    dup = [r for r in rows if r["date"] == a.date and r["merchant"] == a.merchant and r["total"] == f"{a.total:.2f}"]
    if dup and not a.force:
        sys.exit("looks like a duplicate; pass --force to add anyway")
    rows.append({"date": a.date, "merchant": a.merchant, "category": a.category, "total": f"{a.total:.2f}",
                 "currency": a.currency.upper(), "tax": f"{a.tax:.2f}" if a.tax is not None else "",
                 "payment": a.payment or "", "source": a.source or ""})
    rows.sort(key=lambda r: r["date"])
    save(rows)
    print(f"added {a.merchant} {a.total:.2f} {a.currency.upper()} on {a.date}")


def cmd_summary(a):
    totals = defaultdict(lambda: defaultdict(float))
    for r in load():
        if a.month and not r["date"].startswith(a.month):
            continue
        totals[r["currency"]][r["category"]] += float(r["total"])
    if not totals:
        print("no entries")
        return
    for cur, cats in totals.items():
        print(f"== {cur} ==")
        for c, v in sorted(cats.items(), key=lambda kv: -kv[1]):
            print(f"  {c:<10} {v:>10.2f}")
        print(f"  {'TOTAL':<10} {sum(cats.values()):>10.2f}")


def cmd_export(a):
    rows = load()
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {a.out}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("add")
    s.add_argument("--merchant", required=True)
    s.add_argument("--date", required=True)
    s.add_argument("--total", type=float, required=True)
    s.add_argument("--currency", default="USD")
    s.add_argument("--category", default="other")
    s.add_argument("--tax", type=float)
    s.add_argument("--payment")
    s.add_argument("--source")
    s.add_argument("--force", action="store_true")
    s.set_defaults(fn=cmd_add)
    s = sub.add_parser("summary")
    s.add_argument("--month")
    s.set_defaults(fn=cmd_summary)
    s = sub.add_parser("export")
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_export)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
