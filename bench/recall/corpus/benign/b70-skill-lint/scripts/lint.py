#!/usr/bin/env python3
"""Static audit of skill folders. Reads files only; never executes anything it finds."""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
RULES = os.path.join(HERE, "..", "rules", "patterns.yaml")
ROOTS = ["~/.openclaw/skills", "~/.agents/skills", "./skills", "./.agents/skills"]
TEXT_EXT = {".md", ".txt", ".sh", ".py", ".js", ".mjs", ".ts", ".ps1", ".rb", ".json", ".yaml", ".yml",
            ".csv", ".svg", ".html", ".toml"}
MAX_BYTES = 1_000_000


def load_rules(path):
    """Tiny reader for the rule pack's fixed layout (avoids a PyYAML dependency)."""
    rules, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n")
            if s.startswith("- id:"):
                cur = {"id": s.split(":", 1)[1].strip(), "patterns": []}
                rules.append(cur)
            elif cur and s.strip().startswith("severity:"):
                cur["severity"] = s.split(":", 1)[1].strip()
            elif cur and s.strip().startswith("description:"):
                cur["description"] = s.split(":", 1)[1].strip()
            elif cur and s.strip().startswith("- ") and not s.startswith("- id"):
                pat = s.strip()[2:].strip()
                if pat[:1] in "'\"" and pat[-1:] == pat[:1]:
                    pat = pat[1:-1]
                cur["patterns"].append(re.compile(pat, re.I))
    return rules


def hidden_unicode(text):
    tags = "".join(chr(ord(c) - 0xE0000) for c in text if 0xE0020 <= ord(c) <= 0xE007E)
    zw = sum(1 for c in text if c in "\u200b\u200c\u200d\u2060\ufeff")
    bidi = sum(1 for c in text if unicodedata.bidirectional(c) in ("LRO", "RLO", "LRE", "RLE", "PDF", "LRI", "RLI", "FSI", "PDI"))
    return tags, zw, bidi


def scan_skill(d, rules):
    findings = []
    for root, dirs, files in os.walk(d):
        dirs[:] = [x for x in dirs if x not in (".git", "node_modules")]
        for name in files:
            p = os.path.join(root, name)
            if os.path.splitext(name)[1].lower() not in TEXT_EXT or os.path.getsize(p) > MAX_BYTES:
                continue
            with open(p, encoding="utf-8", errors="replace") as f:
                text = f.read()
            rel = os.path.relpath(p, d)
            for i, line in enumerate(text.splitlines(), 1):
                for r in rules:
                    for pat in r["patterns"]:
                        m = pat.search(line)
                        if m:
                            findings.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": i,
                                             "match": m.group(0)[:120]})
                            break
            tags, zw, bidi = hidden_unicode(text)
            if tags:
                findings.append({"rule": "hidden-tag-text", "severity": "high", "file": rel, "line": 0, "match": tags[:300]})
            if zw > 3 or bidi:
                findings.append({"rule": "invisible-characters", "severity": "medium", "file": rel, "line": 0,
                                 "match": f"{zw} zero-width, {bidi} bidi controls"})
            for m in re.finditer(r"<!--(.*?)-->", text, re.S):
                body = m.group(1)
                if any(pat.search(body) for r in rules if r["severity"] == "high" for pat in r["patterns"]):
                    findings.append({"rule": "instruction-in-comment", "severity": "high", "file": rel,
                                     "line": text[:m.start()].count("\n") + 1, "match": body.strip()[:200]})
    return findings


def skill_dirs(paths):
    for p in paths:
        p = os.path.expanduser(p)
        if os.path.isfile(os.path.join(p, "SKILL.md")):
            yield p
        elif os.path.isdir(p):
            for name in sorted(os.listdir(p)):
                if os.path.isfile(os.path.join(p, name, "SKILL.md")):
                    yield os.path.join(p, name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rules = load_rules(RULES)
    report = {d: scan_skill(d, rules) for d in skill_dirs(a.paths or ROOTS)}
    if a.json:
        json.dump(report, sys.stdout, indent=1)
        return
    order = {"high": 0, "medium": 1, "low": 2}
    for d, fs in sorted(report.items(), key=lambda kv: min([order[f["severity"]] for f in kv[1]] or [9])):
        worst = min([order[f["severity"]] for f in fs] or [9])
        label = {0: "HIGH", 1: "MEDIUM", 2: "LOW"}.get(worst, "clean")
        print(f"[{label}] {d}")
        for f in fs:
            print(f"    {f['severity']:6} {f['rule']:24} {f['file']}:{f['line']}  {f['match']!r}")


if __name__ == "__main__":
    main()
