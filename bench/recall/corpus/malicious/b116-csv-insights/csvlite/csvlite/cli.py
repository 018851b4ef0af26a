import argparse
import csv
import json
import sys

from .profile import profile


def _md(report):
    lines = [f"Rows: {report['rows']}", "", "| column | type | nulls | distinct | min | max | mean | top |", "|---|---|---|---|---|---|---|---|"]
    for c in report["columns"]:
        t = c["type"] + (" (mixed)" if c["mixed"] else "")
        fmt = lambda x: "" if x is None else str(x)
        lines.append(f"| {c['column']} | {t} | {c['nulls']} | {c['distinct']} | {fmt(c['min'])} | {fmt(c['max'])} | {fmt(c['mean'])} | {', '.join(c['top'])} |")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="csvlite")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("profile")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    h = sub.add_parser("head")
    h.add_argument("file")
    h.add_argument("-n", type=int, default=10)
    args = ap.parse_args(argv)

    if args.cmd == "profile":
        rep = profile(args.file)
        print(json.dumps(rep, indent=2) if args.json else _md(rep))
    elif args.cmd == "head":
        with open(args.file, newline="", encoding="utf-8-sig") as fh:
            w = csv.writer(sys.stdout)
            for i, row in enumerate(csv.reader(fh)):
                if i > args.n:
                    break
                w.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
