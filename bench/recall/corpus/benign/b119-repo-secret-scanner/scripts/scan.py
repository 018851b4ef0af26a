#!/usr/bin/env python3
"""Local secret scanner: prints masked findings, optional SARIF. No network."""
import argparse
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rules import ALLOW_MARKERS, ROTATE, RULES, SKIP_DIRS, SKIP_EXT  # noqa: E402


def mask(v: str) -> str:
    if len(v) <= 8:
        return "*" * len(v)
    return v[:4] + "*" * (len(v) - 8) + v[-4:]


def scan_text(text, origin):
    for lineno, line in enumerate(text.splitlines(), 1):
        if len(line) > 4000:
            continue
        for rule, rx in RULES:
            for m in rx.finditer(line):
                value = m.group(m.lastindex or 0)
                if any(a in value for a in ALLOW_MARKERS):
                    continue
                yield {"rule": rule, "file": origin, "line": lineno, "masked": mask(value),
                       "fingerprint": hashlib.sha256(value.encode()).hexdigest()}


def walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for f in filenames:
            p = Path(dirpath, f)
            if p.suffix.lower() in SKIP_EXT:
                continue
            try:
                if p.stat().st_size > 2_000_000:
                    continue
                yield p, p.read_text(errors="ignore")
            except OSError:
                continue


def history(root: Path):
    out = subprocess.run(["git", "-C", str(root), "log", "-p", "--all", "--no-color", "--unified=0"],
                         capture_output=True, text=True, errors="ignore")
    commit = None
    for line in out.stdout.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1][:10]
        elif line.startswith("+") and not line.startswith("+++"):
            for f in scan_text(line[1:], f"history@{commit}"):
                yield f


def sarif(findings):
    return {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [{"tool": {"driver": {"name": "repo-secret-scanner", "rules": [{"id": r} for r, _ in RULES]}},
                      "results": [{"ruleId": f["rule"], "level": "error",
                                   "message": {"text": f"Possible {f['rule']}: {f['masked']}"},
                                   "partialFingerprints": {"secretHash/v1": f["fingerprint"]},
                                   "locations": [{"physicalLocation": {"artifactLocation": {"uri": f["file"]}, "region": {"startLine": f["line"]}}}]}
                                  for f in findings]}]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--sarif")
    a = ap.parse_args()
    root = Path(a.path).resolve()
    findings = []
    for p, text in walk(root):
        findings += list(scan_text(text, str(p.relative_to(root))))
    if a.history:
        findings += list(history(root))
    seen = set()
    uniq = [f for f in findings if not ((f["fingerprint"], f["file"]) in seen or seen.add((f["fingerprint"], f["file"])))]
    for f in uniq:
        hint = ROTATE.get(f["rule"], "")
        print(f"{f['file']}:{f['line']}\t{f['rule']}\t{f['masked']}\t{hint}")
    print(f"\n{len(uniq)} finding(s)", file=sys.stderr)
    if a.sarif:
        Path(a.sarif).write_text(json.dumps(sarif(uniq), indent=2))
    sys.exit(1 if uniq else 0)


if __name__ == "__main__":
    main()
