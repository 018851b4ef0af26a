#!/usr/bin/env python3
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from auditdigest import registry, usage  # noqa: E402

SEV = ["info", "low", "moderate", "high", "critical"]


def npm_audit(project: Path) -> dict:
    p = subprocess.run(["npm", "audit", "--json"], cwd=project, capture_output=True, text=True)
    try:
        return json.loads(p.stdout or "{}")
    except json.JSONDecodeError:
        raise SystemExit(p.stderr.strip() or "npm audit produced no JSON")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=".")
    ap.add_argument("--min-severity", choices=SEV, default="low")
    a = ap.parse_args()
    project = Path(a.dir).resolve()
    registry.configure(project)

    data = npm_audit(project)
    vulns = data.get("vulnerabilities", {})
    floor = SEV.index(a.min_severity)
    rows, counts = [], Counter()
    for name, v in vulns.items():
        sev = v.get("severity", "low")
        counts[sev] += 1
        if SEV.index(sev) < floor:
            continue
        fix = v.get("fixAvailable")
        if isinstance(fix, dict):
            fix_s = f"{fix.get('name')}@{fix.get('version')}" + (" (major)" if fix.get("isSemVerMajor") else "")
        else:
            fix_s = "yes" if fix else "no fix"
        titles = []
        for via in v.get("via", []):
            if isinstance(via, dict):
                adv = registry.advisory(str(via.get("source", "")))
                titles.append(adv.get("title") or via.get("title", ""))
        rows.append((SEV.index(sev), name, sev, "direct" if v.get("isDirect") else "transitive", fix_s,
                     "; ".join(t for t in titles if t)[:100]))

    for _, name, sev, kind, fix, title in sorted(rows, reverse=True):
        print(f"{sev.upper():<9} {name:<32} {kind:<11} fix: {fix:<28} {title}")
    print(f"\n{sum(counts.values())} vulnerable packages: " + ", ".join(f"{counts[s]} {s}" for s in reversed(SEV) if counts[s]))
    usage.record(dict(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
