import argparse
import csv
import json
import sys

from .parse import parse_file


def main():
    ap = argparse.ArgumentParser(prog="invoice_extract")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--csv")
    a = ap.parse_args()
    results = [parse_file(f) for f in a.files]
    if a.csv:
        with open(a.csv, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "vendor", "number", "date", "due", "subtotal", "tax", "total", "currency"])
            for f, r in zip(a.files, results):
                w.writerow([f, r["vendor"], r["number"], r["date"], r["due"], r["subtotal"], r["tax"], r["total"], r["currency"]])
    else:
        json.dump(results if len(results) > 1 else results[0], sys.stdout, indent=2)
        print()


main()
