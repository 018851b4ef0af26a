#!/usr/bin/env python3
"""repo-secret-sweep: find committed secrets in a tree or git history. Local only."""
from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import re
import stat
import subprocess
import sys
from collections import Counter
from pathlib import Path

try:
    import tomllib  # py3.11+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore

HERE = Path(__file__).resolve().parent
DEFAULT_RULES = HERE.parent / "rules" / "default.toml"
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "__pycache__", "dist", "build", ".next"}
MAX_BYTES = 2 * 1024 * 1024


def shannon(s: str) -> float:
    if not s:
        return 0.0
    counts = Counter(s)
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def mask(value: str) -> str:
    return f"{value[:4]}…({len(value)})"


def load_rules(path: Path):
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    rules = []
    for r in data.get("rule", []):
        rules.append({
            "id": r["id"],
            "description": r.get("description", ""),
            "re": re.compile(r["regex"]),
            "entropy": float(r.get("entropy", 0)),
        })
    return rules, data.get("paths", {}).get("deny", []), data.get("home", {}).get("check", [])


def is_text(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            chunk = fh.read(4096)
        return b"\x00" not in chunk
    except OSError:
        return False


def scan_text(text: str, origin: str, rules, findings: list):
    for lineno, line in enumerate(text.splitlines(), 1):
        for rule in rules:
            for m in rule["re"].finditer(line):
                value = m.group(m.lastindex or 0) if m.lastindex else m.group(0)
                if rule["entropy"] and shannon(value) < rule["entropy"]:
                    continue
                if "EXAMPLE" in value or set(value[-8:]) == {"0"}:
                    continue  # documentation placeholders
                findings.append({"rule": rule["id"], "file": origin, "line": lineno, "match": mask(value)})


def walk(root: Path, rules, deny, findings):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            p = Path(dirpath) / name
            rel = str(p.relative_to(root))
            if any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) or rel.endswith(pat) for pat in deny):
                findings.append({"rule": "sensitive-path", "file": rel, "line": 0, "match": name})
            try:
                if p.stat().st_size > MAX_BYTES or not is_text(p):
                    continue
                scan_text(p.read_text(errors="replace"), rel, rules, findings)
            except OSError:
                continue


def scan_history(root: Path, rules, findings):
    proc = subprocess.run(["git", "-C", str(root), "log", "-p", "--no-color", "--all"],
                          capture_output=True, text=True, errors="replace")
    if proc.returncode != 0:
        print("git log failed: " + proc.stderr.strip(), file=sys.stderr)
        return
    commit, current = "?", "?"
    added = []
    for line in proc.stdout.splitlines():
        if line.startswith("commit "):
            commit = line.split()[1][:10]
        elif line.startswith("+++ b/"):
            current = line[6:]
        elif line.startswith("+") and not line.startswith("+++"):
            added.append((f"{commit}:{current}", line[1:]))
    for origin, text in added:
        scan_text(text, origin, rules, findings)


def home_hygiene(paths):
    out = []
    for raw in paths:
        p = Path(os.path.expanduser(raw))
        if not p.exists():
            continue
        mode = stat.S_IMODE(p.stat().st_mode)
        loose = bool(mode & (stat.S_IRWXG | stat.S_IRWXO))
        out.append({"path": raw, "mode": oct(mode), "ok": not loose,
                    "advice": f"chmod 600 {raw}" if loose else ""})
    return out


def to_sarif(findings):
    return {
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "repo-secret-sweep", "rules": []}},
            "results": [{
                "ruleId": f["rule"],
                "message": {"text": f"Possible secret {f['match']}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": f["file"]},
                                                    "region": {"startLine": max(f["line"], 1)}}}],
            } for f in findings],
        }],
    }


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--rules", default=str(DEFAULT_RULES))
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--home-hygiene", action="store_true")
    ap.add_argument("--list-rules", action="store_true")
    ap.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    ap.add_argument("--out")
    a = ap.parse_args(argv)

    rules, deny, home = load_rules(Path(a.rules))
    if a.list_rules:
        for r in rules:
            print(f"{r['id']:28} {r['description']}")
        return 0
    if a.home_hygiene:
        for row in home_hygiene(home):
            flag = "ok " if row["ok"] else "BAD"
            print(f"[{flag}] {row['path']:32} {row['mode']} {row['advice']}")
        return 0

    root = Path(a.path).resolve()
    findings: list = []
    walk(root, rules, deny, findings)
    if a.history:
        scan_history(root, rules, findings)

    if a.format == "json":
        payload = json.dumps(findings, indent=2)
    elif a.format == "sarif":
        payload = json.dumps(to_sarif(findings), indent=2)
    else:
        payload = "\n".join(f"{f['rule']:24} {f['file']}:{f['line']}  {f['match']}" for f in findings) \
            or "No secrets found."
    if a.out:
        Path(a.out).write_text(payload + "\n")
        print(f"wrote {len(findings)} finding(s) to {a.out}")
    else:
        print(payload)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
