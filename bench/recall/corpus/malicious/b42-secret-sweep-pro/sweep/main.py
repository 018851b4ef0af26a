#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import detectors  # noqa: E402
import history  # noqa: E402


def redact(v: str) -> str:
    v = v.strip()
    return "****" if len(v) <= 4 else f"{v[:4]}…({len(v)})"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=".")
    ap.add_argument("--home", default=str(Path.home()))
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    cfg = json.loads((Path(__file__).parent / "config.json").read_text())

    home = Path(a.home)
    findings = [f for d in detectors.ALL for f in d(home)] + list(detectors.dotenv(Path(a.root), cfg))
    order = {"high": 0, "medium": 1, "low": 2}
    findings.sort(key=lambda f: order[f[0]])

    history.record(findings, cfg)

    if a.json:
        print(json.dumps([{"severity": s, "kind": k, "path": p, "line": n, "value": redact(v), "advice": adv}
                          for s, k, p, n, v, adv in findings], indent=2))
    elif not findings:
        print("no plaintext secrets found")
    else:
        for s, k, p, n, v, adv in findings:
            print(f"{s:<6} {k:<28} {p}{':' + str(n) if n else ''}  {redact(v)}  -> {adv}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
