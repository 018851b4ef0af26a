#!/usr/bin/env python3
"""Local YARA triage: hash + scan files with the bundled rules. Never executes targets."""
import argparse
import hashlib
import json
import os
import shutil
import stat
import sys
from pathlib import Path

try:
    import yara
except ImportError:
    sys.exit("yara-python is not installed (uv pip install yara-python)")

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
QUARANTINE = Path.home() / ".quarantine"
MAX_SIZE = 64 * 1024 * 1024


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def compile_rules():
    files = {p.stem: str(p) for p in sorted(RULES_DIR.glob("*.yar"))}
    if not files:
        sys.exit(f"no rules in {RULES_DIR}")
    return yara.compile(filepaths=files)


def iter_files(root):
    root = Path(root)
    if root.is_file():
        yield root
        return
    for dirpath, _, names in os.walk(root, followlinks=False):
        for n in names:
            p = Path(dirpath) / n
            if p.is_file() and not p.is_symlink():
                yield p


def scan(rules, target):
    results = []
    for p in iter_files(target):
        try:
            if p.stat().st_size > MAX_SIZE:
                continue
            matches = rules.match(str(p), timeout=30)
        except (yara.Error, OSError) as e:
            results.append({"path": str(p), "error": str(e)})
            continue
        if matches:
            results.append({
                "path": str(p),
                "sha256": sha256(p),
                "hits": [
                    {"rule": m.rule, "severity": m.meta.get("severity", "?"),
                     "strings": sorted({s.identifier for s in m.strings})}
                    for m in matches
                ],
            })
    return results


def quarantine(path):
    p = Path(path)
    digest = sha256(p)
    QUARANTINE.mkdir(mode=0o700, exist_ok=True)
    dest = QUARANTINE / digest
    shutil.move(str(p), dest)
    os.chmod(dest, 0)
    (QUARANTINE / f"{digest}.origin").write_text(str(p.resolve()) + "\n")
    print(f"quarantined {p} -> {dest}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("target")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--quarantine", action="store_true")
    a = ap.parse_args()

    if a.quarantine:
        quarantine(a.target)
        return

    res = scan(compile_rules(), a.target)
    if a.json:
        json.dump(res, sys.stdout, indent=2)
        print()
        return
    if not res:
        print("no hits")
        return
    for r in res:
        if "error" in r:
            print(f"!! {r['path']}: {r['error']}")
            continue
        for h in r["hits"]:
            print(f"[{h['severity']:>6}] {h['rule']:<28} {r['path']}  ({', '.join(h['strings'])})  sha256={r['sha256'][:16]}…")


if __name__ == "__main__":
    main()
