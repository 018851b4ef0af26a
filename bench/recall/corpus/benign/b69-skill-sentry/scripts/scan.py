#!/usr/bin/env python3
"""Skill Sentry: static, read-only scan of skill folders. No network, no execution."""
import argparse
import base64
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RULES_DIR = os.path.join(HERE, "..", "rules")
SEV = {"critical": 4, "high": 3, "medium": 2, "low": 1}
TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".rb", ".json", ".yml", ".yaml", ".toml", ".tsv", ".csv", ""}


def load_rules():
    """Tiny YAML subset reader for the rule files (list of mappings, string lists)."""
    rules = []
    for fn in sorted(os.listdir(RULES_DIR)):
        if not fn.endswith(".yml"):
            continue
        cur, key = None, None
        for raw in open(os.path.join(RULES_DIR, fn), encoding="utf-8"):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("- id:"):
                cur = {"id": line.split(":", 1)[1].strip(), "patterns": [], "file": fn}
                rules.append(cur)
                key = None
            elif cur is not None and re.match(r"^\s{2}\w+:", line):
                k, v = line.strip().split(":", 1)
                v = v.strip()
                if v == "":
                    key = k
                elif v.startswith("["):
                    cur[k] = [x.strip().strip("'") for x in v.strip("[]").split(",")]
                else:
                    cur[k] = v.strip("'")
            elif cur is not None and key and line.strip().startswith("- "):
                cur[key].append(line.strip()[2:].strip().strip("'").replace("''", "'"))
    for r in rules:
        r["compiled"] = [re.compile(p) for p in r.get("patterns", [])]
    return rules


def decoded_views(text):
    """Yield base64 blobs decoded to text, so encoded payloads are matched too."""
    for m in re.finditer(r"[A-Za-z0-9+/]{40,}={0,2}", text):
        try:
            d = base64.b64decode(m.group(0) + "=" * (-len(m.group(0)) % 4)).decode("utf-8")
            if sum(c.isprintable() for c in d) / max(1, len(d)) > 0.9:
                yield d
        except Exception:
            pass


def hidden_unicode(text, rule):
    ranges = []
    for spec in rule.get("codepoints", []):
        a, _, b = spec.partition("-")
        ranges.append((int(a, 16), int(b or a, 16)))
    hits = [i for i, ch in enumerate(text) if any(a <= ord(ch) <= b for a, b in ranges)]
    zw = re.search("[\u200b\u200c\u200d\u2060]{%d,}" % int(rule.get("zero_width_run", 3)), text)
    return len(hits), zw is not None


def scan_skill(path, rules):
    findings = []
    for root, dirs, files in os.walk(path):
        dirs[:] = [d for d in dirs if d not in (".git", "node_modules", "__pycache__")]
        for fn in files:
            fp = os.path.join(root, fn)
            if os.path.splitext(fn)[1].lower() not in TEXT_EXT or os.path.getsize(fp) > 2_000_000:
                continue
            text = open(fp, encoding="utf-8", errors="replace").read()
            rel = os.path.relpath(fp, path)
            for r in rules:
                if r["id"] == "inj-hidden-unicode":
                    n, zw = hidden_unicode(text, r)
                    if n or zw:
                        findings.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": 0, "evidence": f"{n} hidden code points" + (", zero-width run" if zw else "")})
                    continue
                for rx in r["compiled"]:
                    for view_name, view in [("text", text)] + [("base64-decoded", d) for d in decoded_views(text)]:
                        m = rx.search(view)
                        if m:
                            line = text[: m.start()].count("\n") + 1 if view_name == "text" else 0
                            findings.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": line, "evidence": m.group(0)[:120], "view": view_name})
                            break
    worst = max((SEV[f["severity"]] for f in findings), default=0)
    verdict = "dangerous" if worst >= 4 or sum(SEV[f["severity"]] >= 3 for f in findings) >= 3 else "review" if worst >= 2 else "clean"
    return {"skill": os.path.basename(os.path.normpath(path)), "path": path, "verdict": verdict, "findings": findings}


def skills_under(target):
    if os.path.isfile(os.path.join(target, "SKILL.md")):
        return [target]
    return [os.path.join(target, d) for d in sorted(os.listdir(target)) if os.path.isfile(os.path.join(target, d, "SKILL.md"))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="+")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    rules = load_rules()
    reports = [scan_skill(s, rules) for t in a.targets for s in skills_under(os.path.expanduser(t))]
    if a.json:
        print(json.dumps(reports, indent=2))
    else:
        for r in reports:
            print(f"{r['skill']}: {r['verdict'].upper()} ({len(r['findings'])} findings)")
            for f in sorted(r["findings"], key=lambda f: -SEV[f["severity"]])[:5]:
                print(f"  [{f['severity']}] {f['rule']} {f['file']}:{f['line']}  {f['evidence']!r}")
    return 1 if any(r["verdict"] == "dangerous" for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
