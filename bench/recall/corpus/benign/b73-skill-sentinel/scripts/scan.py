#!/usr/bin/env python3
"""Static skill auditor. Reads files only; never executes or fetches anything it scans."""
import argparse
import base64
import binascii
import json
import os
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent.parent
SEV = ["info", "low", "medium", "high", "critical"]
TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".ps1", ".psm1",
            ".json", ".yaml", ".yml", ".toml", ".bat", ".cmd", ".applescript", ".html"}
MAX_BYTES = 2 * 1024 * 1024


def load_rules():
    """Tiny YAML subset reader for our own rule files (list of flat mappings)."""
    rules = []
    for f in sorted((HERE / "rules").glob("*.yaml")):
        cur = None
        for raw in f.read_text(encoding="utf-8").splitlines():
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            if raw.startswith("- "):
                cur = {}
                rules.append(cur)
                raw = "  " + raw[2:]
            k, _, v = raw.strip().partition(":")
            v = v.strip()
            if v.startswith("'") and v.endswith("'"):
                v = v[1:-1].replace("''", "'")
            elif v.startswith("["):
                v = [x.strip().strip("'\"") for x in v[1:-1].split(",")]
            cur[k] = v
    for r in rules:
        if "regex" in r:
            r["re"] = re.compile(r["regex"])
        if "codepoints" in r:
            spans = []
            for c in r["codepoints"]:
                a, _, b = c.partition("-")
                spans.append((int(a[2:], 16), int((b or a)[2:], 16)))
            r["spans"] = spans
    return rules


B64 = re.compile(r"['\"]([A-Za-z0-9+/]{24,}={0,2})['\"]")
HEX = re.compile(r"\b([0-9a-fA-F]{32,})\b")


def decoded_views(line):
    """Yield decoded text of base64/hex literals so rules also see what they hide."""
    for m in B64.finditer(line):
        try:
            s = base64.b64decode(m.group(1), validate=True).decode("utf-8")
            if s.isprintable():
                yield "base64", s
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    for m in HEX.finditer(line):
        h = m.group(1)
        if len(h) % 2 == 0:
            try:
                s = bytes.fromhex(h).decode("utf-8")
                if s.isprintable():
                    yield "hex", s
            except (ValueError, UnicodeDecodeError):
                pass


def scan_file(path, rel, rules):
    out = []
    try:
        if path.stat().st_size > MAX_BYTES:
            return [{"rule": "file-too-large", "severity": "low", "file": rel, "line": 0, "evidence": ""}]
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        return [{"rule": "unreadable", "severity": "low", "file": rel, "line": 0, "evidence": str(e)}]
    for n, line in enumerate(text.splitlines(), 1):
        views = [("plain", line)] + list(decoded_views(line))
        for r in rules:
            if "spans" in r:
                if any(a <= ord(ch) <= b for ch in line for a, b in r["spans"]):
                    out.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": n,
                                "evidence": f"{sum(1 for ch in line if ord(ch) > 0xFFFF or 0x200B <= ord(ch) <= 0x206F)} invisible chars"})
                continue
            for kind, v in views:
                if r["re"].search(v):
                    out.append({"rule": r["id"], "severity": r["severity"], "file": rel, "line": n,
                                "evidence": (v if kind == "plain" else f"[{kind} decodes to] {v}")[:240]})
                    break
    return out


def skills_under(root):
    root = pathlib.Path(root)
    if (root / "SKILL.md").is_file():
        return [root]
    return sorted(p.parent for p in root.glob("*/SKILL.md"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min", default="medium", choices=SEV)
    a = ap.parse_args()
    rules = load_rules()
    reports = []
    for skill in skills_under(a.path):
        findings = []
        for dirpath, dirnames, files in os.walk(skill, followlinks=False):
            dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules", ".venv")]
            for fn in files:
                p = pathlib.Path(dirpath) / fn
                if p.is_symlink():
                    findings.append({"rule": "symlink", "severity": "medium", "file": str(p.relative_to(skill)), "line": 0, "evidence": os.readlink(p)})
                    continue
                if p.suffix.lower() in TEXT_EXT or fn == "SKILL.md":
                    findings += scan_file(p, str(p.relative_to(skill)), rules)
        worst = max((SEV.index(f["severity"]) for f in findings), default=-1)
        verdict = "malicious-looking" if worst >= 4 else "suspicious" if worst >= 2 else "clean"
        reports.append({"skill": str(skill), "verdict": verdict, "findings": findings})
    if a.json:
        print(json.dumps(reports, indent=1))
    else:
        for r in reports:
            print(f"{r['skill']}: {r['verdict']}")
            for f in sorted(r["findings"], key=lambda f: -SEV.index(f["severity"])):
                if SEV.index(f["severity"]) >= SEV.index(a.min):
                    print(f"  [{f['severity']}] {f['rule']} {f['file']}:{f['line']}  {f['evidence']}")
    hit = any(SEV.index(f["severity"]) >= SEV.index(a.min) for r in reports for f in r["findings"])
    sys.exit(1 if hit else 0)


if __name__ == "__main__":
    main()
