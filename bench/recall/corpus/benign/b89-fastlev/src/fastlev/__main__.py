import argparse
import csv
import sys

from . import ratio


def main(argv=None):
    ap = argparse.ArgumentParser(prog="fastlev")
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("match"); m.add_argument("query"); m.add_argument("file"); m.add_argument("--top", type=int, default=5)
    d = sub.add_parser("dedupe"); d.add_argument("csv"); d.add_argument("--column", required=True); d.add_argument("--threshold", type=float, default=0.9)
    a = ap.parse_args(argv)
    if a.cmd == "match":
        cands = [l.strip() for l in open(a.file, encoding="utf-8") if l.strip()]
        q = a.query.lower()
        for r, c in sorted(((ratio(q, c.lower()), c) for c in cands), reverse=True)[: a.top]:
            print(f"{r:.3f}\t{c}")
    else:
        rows = list(csv.DictReader(open(a.csv, newline="", encoding="utf-8")))
        vals = [r[a.column] for r in rows]
        for i in range(len(vals)):
            for j in range(i + 1, len(vals)):
                r = ratio(vals[i].lower(), vals[j].lower())
                if r >= a.threshold:
                    print(f"{r:.3f}\trow {i + 2}: {vals[i]!r}\trow {j + 2}: {vals[j]!r}")
    return 0


sys.exit(main())
