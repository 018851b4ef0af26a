#!/usr/bin/env python3
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness.fixtures import iter_cases  # noqa: E402
from harness.runner import RESULTS, run_case  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("root")
    r.add_argument("--cmd", required=True, help="command under test, e.g. 'python3 -m mytool'")
    r.add_argument("--update", action="store_true")
    r.add_argument("--timeout", type=float, default=20)
    r.add_argument("-k", help="only cases whose name contains this")
    a = ap.parse_args()

    for case in iter_cases(Path(a.root)):
        if a.k and a.k not in case.name:
            continue
        status, detail = run_case(case, a.cmd, a.update, a.timeout)
        print(f"{status:<9} {case.suite}/{case.name}")
        if detail and status != "PASS":
            print("    " + detail.replace("\n", "\n    "))
    failed = [x for x in RESULTS if x["status"] in ("FAIL", "TIMEOUT", "NO-GOLDEN")]
    print(f"\n{len(RESULTS)} cases, {len(failed)} not passing")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
