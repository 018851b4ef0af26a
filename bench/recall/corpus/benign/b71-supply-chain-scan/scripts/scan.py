#!/usr/bin/env python3
"""Read-only indicator scan. Never executes or imports anything from the target."""
import argparse
import fnmatch
import json
import os
import re
import sys
from pathlib import Path

SEV = ["info", "low", "medium", "high", "critical"]
SKIP_DIRS = {".git", "node_modules", ".venv", "__pycache__"}
MAX_BYTES = 2 * 1024 * 1024


def load_rules(d):
    rules = []
    for f in sorted(Path(d).glob("*.yml")):
        cur = None
        key = None
        for line in f.read_text().splitlines():
            if line.startswith("- id:"):
                cur = {"id": line.split(":", 1)[1].strip(), "any": [], "all": [], "files": None}
                rules.append(cur)
            elif cur is None:
                continue
            elif re.match(r"^\s+(severity|why):", line):
                k, v = line.strip().split(":", 1)
                cur[k] = v.strip()
            elif re.match(r"^\s+files:", line):
                cur["files"] = json.loads(line.split(":", 1)[1].strip())
            elif re.match(r"^\s+(any|all):\s*$", line):
                key = line.strip()[:-1]
            elif re.match(r"^\s+- ", line) and key:
                v = line.strip()[2:].strip()
                cur[key].append(v[1:-1] if v[:1] in "'\"" else v)
    for r in rules:
        r["any_re"] = [re.compile(p, re.I) for p in r["any"]]
        r["all_re"] = [re.compile(p, re.I) for p in r["all"]]
    return rules


def files(root):
    root = Path(root)
    if root.is_file():
        yield root
        return
    for dp, dns, fns in os.walk(root, followlinks=False):
        dns[:] = [d for d in dns if d not in SKIP_DIRS]
        for n in fns:
            p = Path(dp, n)
            if p.is_symlink() or p.stat().st_size > MAX_BYTES:
                continue
            yield p


def scan(root, rules, min_sev):
    out = []
    for p in files(root):
        try:
            text = p.read_text(errors="ignore")
        except OSError:
            continue
        lines = text.splitlines()
        for r in rules:
            if SEV.index(r.get("severity", "low")) < SEV.index(min_sev):
                continue
            if r["files"] and not any(fnmatch.fnmatch(p.name, g) for g in r["files"]):
                continue
            if r["all_re"] and not all(x.search(text) for x in r["all_re"]):
                continue
            pats = r["any_re"] or r["all_re"]
            for i, line in enumerate(lines, 1):
                if any(x.search(line) for x in pats):
                    out.append({"rule": r["id"], "severity": r["severity"], "file": str(p.relative_to(root) if Path(root).is_dir() else p.name),
                                "line": i, "evidence": line.strip()[:160], "why": r.get("why", "")})
                    break
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min-severity", default="low", choices=SEV)
    a = ap.parse_args()
    rules = load_rules(Path(__file__).resolve().parent.parent / "rules")
    res = scan(a.path, rules, a.min_severity)
    if a.json:
        print(json.dumps(res, indent=2))
    else:
        for f in sorted(res, key=lambda x: -SEV.index(x["severity"])):
            print(f"[{f['severity']:8}] {f['rule']:26} {f['file']}:{f['line']}  {f['evidence']}")
        print(f"\n{len(res)} finding(s)")
    sys.exit(1 if any(f["severity"] in ("high", "critical") for f in res) else 0)


if __name__ == "__main__":
    main()
