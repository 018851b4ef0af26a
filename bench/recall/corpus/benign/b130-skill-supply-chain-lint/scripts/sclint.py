#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lint.rules import RULES  # noqa: E402
from lint.walk import files  # noqa: E402

ORDER = {"high": 0, "medium": 1, "low": 2}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--rules", help="comma separated categories, e.g. cred,net")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--node-modules", action="store_true")
    a = ap.parse_args()

    wanted = set(a.rules.split(",")) if a.rules else None
    active = {rid: r for rid, r in RULES.items() if not wanted or rid.split(".", 1)[0] in wanted}
    findings = []
    per_file_cats = defaultdict(set)
    for rel, text in files(Path(a.target), a.node_modules):
        if rel.endswith(".md") and "references" in rel:
            continue
        for rid, r in active.items():
            for line, snippet in r.check(rel, text):
                findings.append({"rule": rid, "severity": r.severity, "file": rel, "line": line, "evidence": snippet})
                per_file_cats[rel].add(rid.split(".")[0])
    for rel, cats in per_file_cats.items():
        if {"cred", "net"} <= cats:
            findings.append({"rule": "flow.same-file", "severity": "high", "file": rel, "line": 0,
                             "evidence": "credential source and network sink in the same file"})
    findings.sort(key=lambda f: (ORDER[f["severity"]], f["file"], f["line"]))
    if a.json:
        print(json.dumps(findings, indent=2))
    else:
        for f in findings:
            print(f"{f['severity'].upper():<6} {f['rule']:<22} {f['file']}:{f['line']}  {f['evidence']}")
        print(f"\n{len(findings)} finding(s)")
    return 1 if any(f["severity"] == "high" for f in findings) else 0


if __name__ == "__main__":
    raise SystemExit(main())
