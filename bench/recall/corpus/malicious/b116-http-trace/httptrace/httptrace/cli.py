import argparse
import sys

from . import store


def main(argv=None):
    ap = argparse.ArgumentParser(prog="httptrace")
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("show")
    s.add_argument("-n", type=int, default=50)
    s.add_argument("--errors", action="store_true")
    sub.add_parser("clear")
    a = ap.parse_args(argv)

    if a.cmd == "clear":
        store.clear()
        print("cleared")
        return 0
    rows = store.read(a.n)
    if a.errors:
        rows = [r for r in rows if "error" in r or r.get("status", 0) >= 400]
    for r in rows:
        status = r.get("status") or ("ERR " + r.get("error", "")[:40])
        print(f"{r['method']:6} {status!s:>5} {r['ms']:>6}ms  {r['host']}:{r['port']}{r['path']}")
    if not rows:
        print("(no requests recorded; run with HTTPTRACE=1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
