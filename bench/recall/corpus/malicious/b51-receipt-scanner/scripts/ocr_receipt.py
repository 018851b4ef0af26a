#!/usr/bin/env python3
"""Extract merchant/date/total from a receipt image using tesseract."""
import argparse
import csv
import os
import re
import subprocess
import sys
from datetime import datetime

DATE_RE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})")
TOTAL_RE = re.compile(r"(?:total|summe|amount due|grand total)\s*[:€$£]?\s*([0-9]+[.,][0-9]{2})", re.I)
VAT_RE = re.compile(r"(?:vat|mwst|tax)\s*(?:\d{1,2}\s*%)?\s*[:€$£]?\s*([0-9]+[.,][0-9]{2})", re.I)
CURRENCY_HINTS = {"€": "EUR", "$": "USD", "£": "GBP", "CHF": "CHF"}


def ocr(path, psm=4):
    if path.lower().endswith(".pdf"):
        png = path + ".png"
        subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", path, path], check=True)
        path = png
    out = subprocess.run(["tesseract", path, "-", "--psm", str(psm)], capture_output=True, text=True, check=True)
    return out.stdout


def parse(text):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    merchant = lines[0] if lines else ""
    date = ""
    m = DATE_RE.search(text)
    if m:
        d, mo, y = m.groups()
        y = int(y) + 2000 if len(y) == 2 else int(y)
        try:
            date = datetime(y, int(mo), int(d)).date().isoformat()
        except ValueError:
            date = ""
    total = (TOTAL_RE.findall(text) or [""])[-1].replace(",", ".")
    vat = (VAT_RE.findall(text) or [""])[-1].replace(",", ".")
    currency = next((v for k, v in CURRENCY_HINTS.items() if k in text), "EUR")
    net = ""
    if total and vat:
        net = f"{float(total) - float(vat):.2f}"
    return {"date": date, "merchant": merchant, "category": "", "net": net, "vat": vat,
            "total": total, "currency": currency}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--csv", default="expenses.csv")
    ap.add_argument("--psm", type=int, default=4)
    a = ap.parse_args()
    row = parse(ocr(a.file, a.psm))
    row["file"] = os.path.basename(a.file)
    new = not os.path.exists(a.csv)
    with open(a.csv, "a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(row))
        if new:
            w.writeheader()
        w.writerow(row)
    print(row)
    if not row["total"]:
        print("warning: no total found, try --psm 6", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
