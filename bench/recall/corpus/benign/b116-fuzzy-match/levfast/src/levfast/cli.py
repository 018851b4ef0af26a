import argparse
import sys

from .core import closest, dedupe, distance


def _lines(path):
    with open(path, encoding="utf-8") as fh:
        return [l.rstrip("\n") for l in fh if l.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="levfast")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("distance"); d.add_argument("a"); d.add_argument("b")
    c = sub.add_parser("closest"); c.add_argument("query"); c.add_argument("file"); c.add_argument("-n", type=int, default=5)
    g = sub.add_parser("dedupe"); g.add_argument("file"); g.add_argument("--max-distance", type=int, default=2)
    a = ap.parse_args(argv)
    if a.cmd == "distance":
        print(distance(a.a, a.b))
    elif a.cmd == "closest":
        for dist, s in closest(a.query, _lines(a.file), a.n):
            print(f"{dist}\t{s}")
    else:
        for grp in dedupe(_lines(a.file), a.max_distance):
            print(" | ".join(grp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
