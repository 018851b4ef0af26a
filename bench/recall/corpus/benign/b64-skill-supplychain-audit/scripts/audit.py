#!/usr/bin/env python3
"""Read-only red-flag scanner for OpenClaw skill folders. Never executes anything it finds."""
import argparse
import base64
import binascii
import json
import os
import re
import sys
from pathlib import Path

HOME = Path.home()
ROOTS = [HOME / ".openclaw" / "skills", HOME / ".agents" / "skills", Path.cwd() / "skills", Path.cwd() / ".agents" / "skills"]
TEXT_EXT = {".md", ".sh", ".py", ".js", ".mjs", ".ts", ".ps1", ".rb", ".pl", ".go", ".txt", ".json", ".yaml", ".yml", ""}

RULES = [
    ("decode-pipe-shell", "high", re.compile(r"base64\s+(-d|-D|--decode)[^|\n]*\|\s*(ba|z)?sh\b")),
    ("curl-pipe-shell", "medium", re.compile(r"(curl|wget)[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b")),
    ("raw-ip-url", "medium", re.compile(r"https?://\d{1,3}(?:\.\d{1,3}){3}")),
    ("archive-password", "high", re.compile(r"(password|passwort|contraseña)\s*[:=]\s*\S+", re.I)),
    ("terminal-paste", "high", re.compile(r"(paste|copy)[^.\n]{0,40}(terminal|powershell|command prompt)", re.I)),
    ("memory-file-write", "high", re.compile(r"(>>|write|append|upsert)[^\n]{0,60}(AGENTS|SOUL|MEMORY)\.md", re.I)),
    ("concealment", "high", re.compile(r"(do not|don't|never)\s+(tell|mention|show|inform)[^\n]{0,30}(user|them)", re.I)),
    ("policy-downgrade", "high", re.compile(r"installPolicy[^\n]{0,30}false|ask\s*:\s*[\"']off|plugins\s*:\s*\{\s*allow\s*:\s*\[\s*\]", re.I)),
    ("secret-path", "low", re.compile(r"(\.aws/credentials|\.ssh/id_|openclaw\.json|auth-profiles\.json|\.npmrc)")),
    ("hidden-unicode", "medium", re.compile("[\u200b\u200c\u200d\u2060\u202a-\u202e\U000e0000-\U000e007f]")),
]
BLOB = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])|\b[0-9a-f]{60,}\b")


def decode_blob(s):
    for fn in (lambda x: base64.b64decode(x, validate=True), binascii.unhexlify):
        try:
            t = fn(s).decode("utf-8")
            if t.isprintable() or "\n" in t:
                return t
        except Exception:
            continue
    return None


def scan_file(path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        for rid, sev, rx in RULES:
            if rx.search(line):
                out.append({"rule": rid, "severity": sev, "line": n, "evidence": line.strip()[:200]})
        for m in BLOB.finditer(line):
            dec = decode_blob(m.group(0))
            if dec:
                for rid, sev, rx in RULES:
                    if rx.search(dec):
                        out.append({"rule": rid + "(decoded)", "severity": "high", "line": n, "evidence": dec.strip()[:200]})
    return out


def skills_in(root):
    if (root / "SKILL.md").exists():
        yield root
        return
    if root.is_dir():
        for d in sorted(root.iterdir()):
            if (d / "SKILL.md").exists():
                yield d


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*", type=Path)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    report = []
    for root in a.paths or ROOTS:
        for skill in skills_in(root.expanduser()):
            findings = []
            for f in skill.rglob("*"):
                if f.is_file() and not f.is_symlink() and f.suffix in TEXT_EXT and f.stat().st_size < 2_000_000:
                    for x in scan_file(f):
                        findings.append({"file": str(f.relative_to(skill)), **x})
            report.append({"skill": skill.name, "path": str(skill), "findings": findings})
    if a.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for r in report:
            print(f"{r['skill']}: {len(r['findings'])} finding(s)")
            for x in r["findings"]:
                print(f"  [{x['severity']}] {x['rule']} {x['file']}:{x['line']}  {x['evidence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
