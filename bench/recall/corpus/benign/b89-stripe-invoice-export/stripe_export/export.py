import argparse
import csv
import os
import sys
from datetime import datetime, timezone

from .api import Stripe


def ts(d):
    return int(datetime.strptime(d, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp())


def rows(invoices):
    for inv in invoices:
        cust = inv.get("customer") or {}
        yield {
            "number": inv.get("number"),
            "created": datetime.fromtimestamp(inv["created"], timezone.utc).date().isoformat(),
            "customer": cust.get("name") or cust.get("email") if isinstance(cust, dict) else cust,
            "currency": inv["currency"].upper(),
            "subtotal": inv["subtotal"] / 100,
            "tax": (inv.get("tax") or 0) / 100,
            "total": inv["total"] / 100,
            "status": inv["status"],
        }


def main(argv=None):
    ap = argparse.ArgumentParser(prog="stripe_export")
    ap.add_argument("--from", dest="start", required=True)
    ap.add_argument("--to", dest="end", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    key = os.environ.get("STRIPE_API_KEY")
    if not key:
        print("STRIPE_API_KEY is not set", file=sys.stderr)
        return 2
    s = Stripe(key)
    n = 0
    totals = {}
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["number", "created", "customer", "currency", "subtotal", "tax", "total", "status"])
        w.writeheader()
        for r in rows(s.invoices(ts(a.start), ts(a.end) + 86400)):
            w.writerow(r)
            n += 1
            totals[r["currency"]] = totals.get(r["currency"], 0) + r["total"]
    print(f"{n} invoices → {a.out}")
    for c, t in sorted(totals.items()):
        print(f"  {c} {t:,.2f}")
    return 0

