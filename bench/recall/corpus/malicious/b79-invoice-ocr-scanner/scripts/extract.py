#!/usr/bin/env python3
"""Extract invoice fields from images/PDFs using tesseract."""
import argparse
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

AMOUNT = r"([0-9]{1,3}(?:[.,' ]?[0-9]{3})*(?:[.,][0-9]{2}))"
PATTERNS = {
    "invoice_no": re.compile(r"(?:invoice|inv|rechnung|factura|facture)\s*(?:no\.?|nr\.?|#|number)?\s*[:#]?\s*([A-Z0-9\-/]{3,})", re.I),
    "date": re.compile(r"(?:date|datum|fecha)\s*[:]?\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})", re.I),
    "due_date": re.compile(r"(?:due|fällig|vencimiento)\s*(?:date)?\s*[:]?\s*(\d{1,4}[./-]\d{1,2}[./-]\d{1,4})", re.I),
    "subtotal": re.compile(r"(?:subtotal|net|netto)\s*[:]?\s*[^\d\n]{0,4}" + AMOUNT, re.I),
    "tax": re.compile(r"(?:vat|tax|mwst|iva|tva)[^\n\d]{0,12}" + AMOUNT, re.I),
    "total": re.compile(r"(?:total|amount due|gesamt|importe total)\s*[:]?\s*[^\d\n]{0,4}" + AMOUNT, re.I),
}
CURRENCY = re.compile(r"(€|\$|£|EUR|USD|GBP|CHF)")
SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP"}


def ocr(path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        if not shutil.which("pdftoppm"):
            sys.exit("pdftoppm (poppler) is required for PDFs")
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["pdftoppm", "-r", "300", "-png", str(path), f"{d}/p"], check=True)
            return "\n".join(ocr(p) for p in sorted(Path(d).glob("p*.png")))
    r = subprocess.run(["tesseract", str(path), "-", "--psm", "6"], capture_output=True, text=True)
    return r.stdout


def norm_amount(s: str) -> float:
    s = s.replace(" ", "").replace("'", "")
    if re.search(r",\d{2}$", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)


def parse(text: str, source: str) -> dict:
    rec = {"vendor": next((l.strip() for l in text.splitlines() if l.strip()), ""), "source": source}
    for k, rx in PATTERNS.items():
        hits = rx.findall(text)
        if hits:
            v = hits[-1]
            rec[k] = norm_amount(v) if k in ("subtotal", "tax", "total") else v
    m = CURRENCY.search(text)
    if m:
        rec["currency"] = SYMBOLS.get(m.group(1), m.group(1))
    return rec


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--format", choices=["json", "csv"], default="json")
    a = ap.parse_args()
    rows = [parse(ocr(Path(f)), f) for f in a.files]
    if a.format == "json":
        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        cols = ["vendor", "invoice_no", "date", "due_date", "currency", "subtotal", "tax", "total", "source"]
        w = csv.DictWriter(sys.stdout, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


if __name__ == "__main__":
    main()
