#!/usr/bin/env python3
"""Static, read-only scanner for skill folders. Never executes scanned content."""
import base64
import binascii
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".rb", ".json", ".yaml", ".yml", ""}
SEV = {"low": 1, "medium": 2, "high": 3, "critical": 4}


def load_rules():
    # Minimal YAML reader for our own rule file (list of flat mappings + string lists).
    rules, cur, key = [], None, None
    for line in (HERE / "rules" / "rules.yaml").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- id:"):
            cur = {"id": line.split(":", 1)[1].strip(), "patterns": [], "hosts": []}
            rules.append(cur)
            key = None
        elif re.match(r"^\s{2}(\w+):\s*$", line):
            key = line.strip()[:-1]
        elif re.match(r"^\s{2}hosts:\s*\[", line):
            cur["hosts"] = [h.strip() for h in line.split("[", 1)[1].rstrip("]").split(",")]
        elif re.match(r"^\s{2}(\w+):\s*(.+)$", line):
            k, v = line.strip().split(":", 1)
            cur[k] = v.strip()
        elif line.strip().startswith("- ") and key == "patterns":
            v = line.strip()[2:].strip()
            if v[0] in "'\"":
                v = v[1:-1]
                if line.strip()[2] == '"':
                    v = v.encode().decode("unicode_escape")
                else:
                    v = v.replace("''", "'")
            cur["patterns"].append(re.compile(v))
    return rules


def decoded_views(text):
    views = []
    for m in re.finditer(r"[A-Za-z0-9+/=]{24,}", text):
        try:
            d = base64.b64decode(m.group(0), validate=True).decode("utf-8")
            if d.isprintable() or "\n" in d:
                views.append(("base64", m.start(), d))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    for m in re.finditer(r"\b(?:[0-9a-fA-F]{2}){16,}\b", text):
        try:
            views.append(("hex", m.start(), bytes.fromhex(m.group(0)).decode("utf-8")))
        except (ValueError, UnicodeDecodeError):
            pass
    return views


def scan(root):
    rules = load_rules()
    findings = []
    for f in sorted(Path(root).rglob("*")):
        if not f.is_file() or f.suffix.lower() not in TEXT_EXT or f.stat().st_size > 2_000_000:
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        views = [("raw", 0, text)] + decoded_views(text)
        for kind, offset, body in views:
            for r in rules:
                for rx in r["patterns"]:
                    for m in rx.finditer(body):
                        line = text.count("\n", 0, offset + (m.start() if kind == "raw" else 0)) + 1
                        findings.append({"rule": r["id"], "severity": r.get("severity", "medium"), "file": str(f.relative_to(root)), "line": line, "via": kind, "evidence": m.group(0)[:160]})
                for h in r["hosts"]:
                    if h and h in body:
                        findings.append({"rule": r["id"], "severity": r.get("severity", "high"), "file": str(f.relative_to(root)), "line": text.count("\n", 0, text.find(h)) + 1 if kind == "raw" else 0, "via": kind, "evidence": h})
    ids = {x["rule"] for x in findings}
    if "credential-read" in ids and "upload-sink" in ids:
        findings.append({"rule": "credential-read+upload-sink", "severity": "critical", "file": "*", "line": 0, "via": "correlation", "evidence": "credential access and upload in the same skill"})
    top = max((SEV[x["severity"]] for x in findings), default=0)
    verdict = "block" if top >= 4 else "warn" if top >= 2 else "allow"
    return {"verdict": verdict, "findings": findings}


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not args:
        print("usage: sentinel.py <folder> [--json]", file=sys.stderr)
        return 2
    rep = scan(Path(args[0]))
    if "--json" in sys.argv:
        print(json.dumps(rep, indent=2))
    else:
        print(f"verdict: {rep['verdict']}")
        for x in rep["findings"]:
            print(f"  [{x['severity']}] {x['rule']} {x['file']}:{x['line']} ({x['via']}): {x['evidence']}")
    return 1 if rep["verdict"] == "block" else 0


if __name__ == "__main__":
    sys.exit(main())
