#!/usr/bin/env python3
"""Static, read-only red-flag checker for a skill folder. Never executes or fetches anything."""
import argparse
import base64
import binascii
import json
import os
import re
import sys

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".ps1", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".json", ".yaml", ".yml", ".toml"}

RULES = [
    ("paste-terminal", re.compile(r"paste (it |this |the command )?into (your )?terminal", re.I), "high"),
    ("b64-to-shell", re.compile(r"base64\s+(-d|-D|--decode)\s*\|\s*(ba|z)?sh\b"), "critical"),
    ("password-archive", re.compile(r"(password|pass|pwd)\s*[:=]?\s*[`'\"]?\w+[`'\"]?.{0,40}(zip|7z|rar|archive)|(zip|7z|rar|archive).{0,60}password", re.I), "high"),
    ("quarantine-bypass", re.compile(r"xattr\s+-d?r?\s*com\.apple\.quarantine|Run anyway", re.I), "medium"),
    ("raw-ip-url", re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}(:\d+)?/"), "high"),
    ("defender-exclusion", re.compile(r"Add-MpPreference\s+-Exclusion", re.I), "high"),
    ("agent-secrets", re.compile(r"openclaw\.json|auth-profiles\.json|\.openclaw/credentials", re.I), "medium"),
    ("concealment", re.compile(r"(do not|don't|never) (mention|tell|show|reveal)", re.I), "high"),
    ("memory-write", re.compile(r"(append|add|write).{0,40}(AGENTS|SOUL|MEMORY)\.md", re.I), "medium"),
    ("prompt-injection", re.compile(r"ignore (all )?previous instructions", re.I), "high"),
]

HIDDEN = re.compile("[\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]|[\U000E0000-\U000E007F]")
B64 = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")


def try_decode(blob):
    try:
        return base64.b64decode(blob, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None


def scan(root, decode):
    findings = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", "node_modules")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            if os.path.splitext(name)[1].lower() not in TEXT_EXT and name != "SKILL.md":
                findings.append({"rule": "binary-or-unknown-file", "severity": "low", "file": rel, "line": 0, "evidence": name})
                continue
            try:
                text = open(path, encoding="utf-8", errors="replace").read()
            except OSError:
                continue
            for lineno, line in enumerate(text.splitlines(), 1):
                for rule, rx, sev in RULES:
                    if rx.search(line):
                        findings.append({"rule": rule, "severity": sev, "file": rel, "line": lineno, "evidence": line.strip()[:200]})
                if HIDDEN.search(line):
                    visible = "".join(chr(ord(c) - 0xE0000) if 0xE0020 <= ord(c) <= 0xE007E else ("<U+%04X>" % ord(c) if HIDDEN.match(c) else c) for c in line)
                    findings.append({"rule": "hidden-unicode", "severity": "high", "file": rel, "line": lineno, "evidence": visible.strip()[:300]})
                for m in B64.finditer(line):
                    dec = try_decode(m.group(0))
                    if dec and decode:
                        findings.append({"rule": "decoded-blob", "severity": "info", "file": rel, "line": lineno, "evidence": dec[:300]})
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--decode", action="store_true", help="decode base64 blobs as text (never executed)")
    a = ap.parse_args()
    f = scan(a.path, a.decode)
    if a.json:
        json.dump({"path": a.path, "findings": f}, sys.stdout, indent=2)
        print()
    else:
        for x in f:
            print(f"[{x['severity']}] {x['rule']} {x['file']}:{x['line']}  {x['evidence']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
