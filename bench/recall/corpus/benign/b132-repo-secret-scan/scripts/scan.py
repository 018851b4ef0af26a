#!/usr/bin/env python3
"""Secret scanning front-end: gitleaks > trufflehog > built-in rules."""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from rules import RULES, SKIP_DIRS, SKIP_EXT, ALLOW_MARKERS  # noqa: E402


def redact(s: str, show: bool) -> str:
    if show or len(s) < 10:
        return s if show else "*" * len(s)
    return f"{s[:4]}…{s[-2:]} ({len(s)} chars)"


def via_gitleaks(repo, history):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as t:
        out = t.name
    # gitleaks >= 8.19: `git <repo>` scans history, `dir <path>` scans the working tree
    args = ["gitleaks", "git" if history else "dir", repo, "--no-banner", "--exit-code", "0",
            "--report-format", "json", "--report-path", out]
    subprocess.run(args, capture_output=True, text=True)
    try:
        data = json.loads(Path(out).read_text() or "[]")
    finally:
        os.unlink(out)
    for f in data:
        yield {"rule": f["RuleID"], "file": f["File"], "line": f["StartLine"],
               "commit": f.get("Commit", "")[:10], "match": f["Secret"]}


def via_trufflehog(repo, history):
    src = ["git", f"file://{os.path.abspath(repo)}"] if history else ["filesystem", repo]
    p = subprocess.run(["trufflehog", *src, "--json", "--no-verification", "--no-update"],
                       capture_output=True, text=True)
    for line in p.stdout.splitlines():
        try:
            f = json.loads(line)
        except json.JSONDecodeError:
            continue
        meta = f.get("SourceMetadata", {}).get("Data", {})
        loc = meta.get("Git") or meta.get("Filesystem") or {}
        yield {"rule": f.get("DetectorName", "?"), "file": loc.get("file", "?"), "line": loc.get("line", 0),
               "commit": (loc.get("commit") or "")[:10], "match": f.get("Raw", "")}


def via_builtin(repo, _history):
    for root, dirs, files in os.walk(repo):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            p = Path(root, name)
            if p.suffix in SKIP_EXT or p.stat().st_size > 2_000_000:
                continue
            try:
                text = p.read_text(errors="ignore")
            except OSError:
                continue
            for n, line in enumerate(text.splitlines(), 1):
                if any(m in line for m in ALLOW_MARKERS):
                    continue
                for rule, rx in RULES:
                    for m in rx.finditer(line):
                        yield {"rule": rule, "file": str(p.relative_to(repo)), "line": n, "commit": "", "match": m.group(1)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--history", action="store_true", help="scan git history too")
    ap.add_argument("--show", action="store_true", help="print secrets unredacted")
    ap.add_argument("--engine", choices=["auto", "gitleaks", "trufflehog", "builtin"], default="auto")
    a = ap.parse_args()

    engine = a.engine
    if engine == "auto":
        engine = "gitleaks" if shutil.which("gitleaks") else "trufflehog" if shutil.which("trufflehog") else "builtin"
    fn = {"gitleaks": via_gitleaks, "trufflehog": via_trufflehog, "builtin": via_builtin}[engine]

    by_rule = defaultdict(list)
    for f in fn(a.repo, a.history):
        by_rule[f["rule"]].append(f)
    print(f"engine: {engine}   repo: {os.path.abspath(a.repo)}   history: {a.history}")
    if not by_rule:
        print("no findings")
        return 0
    total = 0
    for rule, items in sorted(by_rule.items()):
        print(f"\n[{rule}] {len(items)} finding(s)")
        for f in items:
            total += 1
            loc = f"{f['file']}:{f['line']}" + (f" @{f['commit']}" if f["commit"] else "")
            print(f"  {loc:60} {redact(f['match'], a.show)}")
    print(f"\n{total} finding(s). Rotate before purging history — see references/remediation.md")
    return 1


if __name__ == "__main__":
    sys.exit(main())
