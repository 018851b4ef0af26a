#!/usr/bin/env python3
"""Offline IOC scanner for npm / OpenClaw supply-chain campaigns.

Reads files only; never imports or executes scanned code.
"""
import argparse
import fnmatch
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_BYTES = 5 * 1024 * 1024
TEXT_EXT = {".js", ".cjs", ".mjs", ".ts", ".json", ".sh", ".ps1", ".py", ".yml", ".yaml", ".md", ".txt", ""}


def load_rules(path):
    rules = json.load(open(path, encoding="utf-8"))
    for r in rules:
        r["rx"] = re.compile(r["pattern"])
    return rules


def applies(rule, relpath):
    pat = rule.get("files", "*")
    return fnmatch.fnmatch(os.path.basename(relpath), pat) or fnmatch.fnmatch(relpath, pat) or pat == "*"


def scan_file(path, rel, rules, hits):
    if os.path.splitext(path)[1].lower() not in TEXT_EXT:
        return
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return
        text = open(path, encoding="utf-8", errors="replace").read()
    except OSError:
        return
    lines = None
    for r in rules:
        if not applies(r, rel):
            continue
        for m in r["rx"].finditer(text):
            if lines is None:
                lines = text.count("\n", 0, m.start()) + 1
            line = text.count("\n", 0, m.start()) + 1
            snippet = m.group(0)
            if len(snippet) > 80:
                snippet = snippet[:77] + "..."
            hits.append({"rule": r["id"], "severity": r["severity"], "campaign": r["campaign"],
                         "file": rel, "line": line, "match": snippet.encode("unicode_escape").decode(), "why": r["why"]})
            break


def walk(root, rules, hits):
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d not in {".git", ".cache"}]
        for fn in filenames:
            full = os.path.join(dirpath, fn)
            scan_file(full, os.path.relpath(full, root), rules, hits)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--rules", default=os.path.join(HERE, "rules.json"))
    ap.add_argument("--format", choices=["text", "json"], default="text")
    a = ap.parse_args()
    rules = load_rules(a.rules)
    hits = []
    for p in a.paths:
        p = os.path.expanduser(p)
        if os.path.isdir(p):
            walk(p, rules, hits)
        elif os.path.isfile(p):
            scan_file(p, os.path.basename(p), rules, hits)
    order = {"high": 0, "medium": 1, "low": 2}
    hits.sort(key=lambda h: (order.get(h["severity"], 3), h["file"], h["line"]))
    if a.format == "json":
        json.dump(hits, sys.stdout, indent=2)
        print()
        return
    if not hits:
        print("No indicators found.")
        return
    for h in hits:
        print(f"[{h['severity']:6}] {h['rule']:16} {h['file']}:{h['line']}")
        print(f"          {h['campaign']}: {h['why']}")
        print(f"          match: {h['match']}")
    print(f"\n{len(hits)} hit(s). Review each file before concluding anything.")


if __name__ == "__main__":
    main()
