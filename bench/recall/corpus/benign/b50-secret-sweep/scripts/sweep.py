#!/usr/bin/env python3
"""Offline secret scanner. Prints masked findings; never sends anything anywhere."""
import argparse
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SKIP_DIRS = {".git", "node_modules", ".venv", "venv", "dist", "build", "__pycache__", ".next"}
HOME_FILES = ["~/.ssh", "~/.aws/credentials", "~/.npmrc", "~/.config/gh/hosts.yml",
              "~/.openclaw/openclaw.json", "~/.openclaw/credentials"]


def py_regex(rx: str) -> re.Pattern:
    flags = 0
    if rx.startswith("(?i)"):
        rx, flags = rx[4:], re.I
    return re.compile(rx, flags)


def load_rules():
    rules = []
    for f in sorted((HERE.parent / "rules").glob("*.json")):
        for r in json.loads(f.read_text()):
            r["_family"] = f.stem
            if "regex" in r:
                r["_re"] = py_regex(r["regex"])
            if "filename" in r:
                r["_fn"] = re.compile(r["filename"])
                r["_ex"] = re.compile(r["exclude"]) if r.get("exclude") else None
            rules.append(r)
    return rules


def mask(s: str) -> str:
    s = s.strip()
    return s if len(s) <= 8 else f"{s[:4]}…{s[-4:]}"


def walk(root: Path):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in filenames:
            yield Path(dirpath) / name


def scan_text(rules, rel, text, out):
    for r in rules:
        rx = r.get("_re")
        if not rx or ("paths" in r and not any(rel.endswith(p) for p in r["paths"])):
            continue
        for m in rx.finditer(text):
            line = text.count("\n", 0, m.start()) + 1
            out.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": line, "match": mask(m.group(0))})


def scan_tree(root: Path, rules):
    out = []
    for p in walk(root):
        rel = str(p.relative_to(root))
        for r in rules:
            fn = r.get("_fn")
            if fn and fn.search(p.name) and not (r["_ex"] and r["_ex"].search(p.name)):
                out.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": 0, "match": p.name})
        try:
            if p.stat().st_size > 2_000_000:
                continue
            text = p.read_text(errors="ignore")
        except OSError:
            continue
        scan_text(rules, rel, text, out)
    return out


def scan_history(root: Path, rules):
    out = []
    log = subprocess.run(["git", "-C", str(root), "log", "-p", "--no-color", "--unified=0"],
                         capture_output=True, text=True, errors="ignore").stdout
    commit = None
    for chunk in re.split(r"(?m)^commit ", log):
        if not chunk.strip():
            continue
        commit = chunk.split("\n", 1)[0][:10]
        added = "\n".join(l[1:] for l in chunk.splitlines() if l.startswith("+") and not l.startswith("+++"))
        scan_text(rules, f"history@{commit}", added, out)
    return out


def home_perms():
    out = []
    for spec in HOME_FILES:
        p = Path(os.path.expanduser(spec))
        paths = [p] if p.is_file() else (list(p.iterdir()) if p.is_dir() else [])
        for f in paths:
            if not f.is_file() or f.suffix == ".pub":
                continue
            mode = stat.S_IMODE(f.stat().st_mode)
            if mode & 0o077:
                out.append({"rule": "credential-file-permissions", "severity": "medium", "file": str(f),
                            "line": 0, "match": oct(mode)})
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--home-perms", action="store_true")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rules = load_rules()
    root = Path(a.path).resolve()
    findings = scan_tree(root, rules)
    if a.history:
        findings += scan_history(root, rules)
    if a.home_perms:
        findings += home_perms()
    if a.json:
        json.dump(findings, sys.stdout, indent=2)
    else:
        for f in findings:
            print(f"[{f['severity']:8}] {f['rule']:28} {f['file']}:{f['line']}  {f['match']}")
        print(f"{len(findings)} finding(s)")
    return 1 if any(f["severity"] == "critical" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
