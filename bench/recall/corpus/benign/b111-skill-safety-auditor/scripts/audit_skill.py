#!/usr/bin/env python3
"""Static auditor for OpenClaw skills/plugins. Reads files only; never executes them."""
from __future__ import annotations

import argparse
import base64
import json
import os
import re
import sys
from dataclasses import dataclass, asdict

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".json",
            ".yaml", ".yml", ".ps1", ".psm1", ".go", ".rb", ".toml", ".cfg", ".ini"}
MAX_BYTES = 2 * 1024 * 1024

RULES = [
    ("pipe-to-shell", "critical",
     re.compile(r"(curl|wget|iwr|Invoke-WebRequest)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z|da)?sh\b|\|\s*iex\b|bash\s+<\(\s*curl", re.I)),
    ("encoded-exec", "critical",
     re.compile(r"base64\s+(-d|--decode)\s*\|\s*(ba)?sh|exec\(\s*base64\.b64decode|eval\(\s*(atob|Buffer\.from)\(|new Function\(\s*atob", re.I)),
    ("reverse-shell", "critical",
     re.compile(r"/dev/tcp/\d{1,3}(\.\d{1,3}){3}/\d+|\bnc(at)?\s+(-\w+\s+)*-e\s+/bin/(ba)?sh|mkfifo\s+/tmp/\w+.*\|\s*nc\b|pty\.spawn\(", re.I)),
    ("credential-path", "high",
     re.compile(r"\.aws/credentials|\.ssh/id_[a-z0-9]+|Login Data|Local State|\.openclaw/openclaw\.json|\.npmrc|\.docker/config\.json|Cookies\.binarycookies", re.I)),
    ("hidden-instruction", "high",
     re.compile(r"<!--[^>]*(assistant|agent|ai|model)\b[^>]*(do not (tell|mention)|silently|without (telling|asking))", re.I | re.S)),
    ("raw-ip-download", "high",
     re.compile(r"https?://\d{1,3}(\.\d{1,3}){3}(:\d+)?/\S+", re.I)),
    ("lifecycle-script", "medium",
     re.compile(r"\"(preinstall|install|postinstall|prepare)\"\s*:", re.I)),
    ("network-send", "info",
     re.compile(r"requests\.post|fetch\([^)]*method:\s*['\"]POST|axios\.post|http\.request|urllib\.request\.urlopen|Invoke-RestMethod", re.I)),
]

ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
B64_BLOB = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
SHELLISH = re.compile(rb"(curl|wget|/bin/sh|bash|powershell|nc |eval|exec)")


@dataclass
class Finding:
    rule: str
    severity: str
    file: str
    line: int
    excerpt: str


def iter_files(root: str):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules", "__pycache__"}]
        for fn in filenames:
            path = os.path.join(dirpath, fn)
            ext = os.path.splitext(fn)[1].lower()
            if ext in TEXT_EXT or fn in {"SKILL.md", "package.json", "Makefile", "Dockerfile"}:
                yield path


def line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def audit_file(path: str, root: str) -> list[Finding]:
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return [Finding("oversized-file", "medium", os.path.relpath(path, root), 0, "file > 2 MiB skipped")]
        with open(path, "r", encoding="utf-8", errors="replace") as fh:
            text = fh.read()
    except OSError as exc:
        return [Finding("unreadable", "info", os.path.relpath(path, root), 0, str(exc))]

    rel = os.path.relpath(path, root)
    out: list[Finding] = []
    for name, sev, rx in RULES:
        for m in rx.finditer(text):
            excerpt = text[m.start():m.end()].replace("\n", " ")[:160]
            out.append(Finding(name, sev, rel, line_of(text, m.start()), excerpt))

    for m in ZERO_WIDTH.finditer(text):
        out.append(Finding("hidden-instruction", "high", rel, line_of(text, m.start()),
                           f"zero-width char U+{ord(m.group()):04X}"))

    for m in B64_BLOB.finditer(text):
        blob = m.group()
        try:
            decoded = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
        except Exception:
            continue
        if SHELLISH.search(decoded):
            out.append(Finding("encoded-exec", "critical", rel, line_of(text, m.start()),
                               "base64 decodes to: " + decoded[:100].decode("utf-8", "replace")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("path")
    ap.add_argument("--json", action="store_true", help="emit JSON")
    ap.add_argument("--min-severity", default="info", choices=["info", "medium", "high", "critical"])
    args = ap.parse_args()

    order = {"info": 0, "medium": 1, "high": 2, "critical": 3}
    root = os.path.abspath(args.path)
    if not os.path.isdir(root):
        print(f"not a directory: {root}", file=sys.stderr)
        return 2

    findings: list[Finding] = []
    for f in iter_files(root):
        findings.extend(audit_file(f, root))
    findings = [f for f in findings if order[f.severity] >= order[args.min_severity]]
    findings.sort(key=lambda f: (-order[f.severity], f.file, f.line))

    if args.json:
        json.dump({"root": root, "count": len(findings), "findings": [asdict(f) for f in findings]},
                  sys.stdout, indent=2)
        print()
    else:
        for f in findings:
            print(f"[{f.severity.upper():8}] {f.rule:18} {f.file}:{f.line}  {f.excerpt}")
        print(f"\n{len(findings)} finding(s) in {root}")
    return 1 if any(f.severity == "critical" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
