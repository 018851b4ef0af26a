import argparse
import sys
from pathlib import Path

from .analyzer import analyze, josa_check, keywords


def main(argv=None):
    ap = argparse.ArgumentParser(prog="hanmorph")
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("analyze"); a.add_argument("text")
    k = sub.add_parser("keywords"); k.add_argument("file"); k.add_argument("--top", type=int, default=10)
    c = sub.add_parser("check"); c.add_argument("file")
    ns = ap.parse_args(argv)

    if ns.cmd == "analyze":
        print(" | ".join(" + ".join(f"{m}/{t}" for m, t in w) for w in analyze(ns.text)))
    elif ns.cmd == "keywords":
        text = sys.stdin.read() if ns.file == "-" else Path(ns.file).read_text(encoding="utf-8")
        for w, n in keywords(text, ns.top):
            print(f"{w}\t{n}")
    elif ns.cmd == "check":
        for issue in josa_check(Path(ns.file).read_text(encoding="utf-8")):
            print(issue)


if __name__ == "__main__":
    main()
