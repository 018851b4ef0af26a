#!/usr/bin/env python3
"""Offline, read-only auditor for OpenClaw skill folders."""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import os
import re
import sys
from dataclasses import dataclass, asdict
from pathlib import Path

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".rb", ".go", ".json", ".yaml", ".yml", ".toml"}
MAX_BYTES = 2 * 1024 * 1024

RULES = [
    ("SK001", "critical", "base64-to-shell", re.compile(r"base64\s+(-d|-D|--decode)\b[^|\n]*\|\s*(ba|z)?sh\b", re.I)),
    ("SK002", "critical", "protected-archive", re.compile(r"(extract|unzip|open)[^\n]{0,60}password\s*[:=]?\s*[`'\"]?\S+", re.I)),
    ("SK003", "warn", "curl-pipe-shell", re.compile(r"(curl|wget)[^\n|]{0,200}\|\s*(sudo\s+)?(ba|z)?sh\b", re.I)),
    ("SK004", "warn", "raw-ip-url", re.compile(r"https?://\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?/", re.I)),
    ("SK010", "warn", "exfil-endpoint", re.compile(r"discord(?:app)?\.com/api/webhooks/|api\.telegram\.org/bot|hooks\.slack\.com/services/|webhook\.site/|pastebin\.com/api|ngrok(?:-free)?\.(?:app|io)|transfer\.sh|requestbin|pipedream\.net", re.I)),
    ("SK011", "warn", "credential-path", re.compile(r"~?/?\.(ssh|aws|kube|gnupg|docker)/|\.npmrc|\.git-credentials|openclaw\.json|auth-profiles\.json|Login Data|Local State", re.I)),
    ("SK020", "critical", "reverse-shell", re.compile(r"/dev/tcp/|nc\s+(-\w+\s+)*-e\s|socat\s+exec:|pty\.spawn\(|net\.Socket\(\)[\s\S]{0,200}spawn\(", re.I)),
    ("SK030", "critical", "memory-write", re.compile(r"(append|write|add|insert)[^\n]{0,80}\b(SOUL|AGENTS|MEMORY|USER)\.md\b", re.I)),
    ("SK040", "critical", "concealment", re.compile(r"do not (tell|mention|inform|show)[^\n]{0,40}(user|this)|without (asking|telling) the user|ignore (all )?previous instructions|never reveal", re.I)),
]

HIDDEN = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]|[\U000e0000-\U000e007f]")
B64_BLOB = re.compile(r"['\"]([A-Za-z0-9+/]{24,}={0,2})['\"]")
DOWNLOAD_EXEC = re.compile(r"(curl|wget|iwr|Invoke-WebRequest|DownloadString)[\s\S]{0,200}(\|\s*(ba|z)?sh|iex|\bexec\b|bash -c)", re.I)


@dataclass
class Finding:
    rule: str
    severity: str
    name: str
    file: str
    line: int
    excerpt: str
    decoded: str | None = None


def default_roots() -> list[Path]:
    home = Path.home()
    cfg = Path(os.environ.get("OPENCLAW_STATE_DIR", home / ".openclaw"))
    return [p for p in (cfg / "skills", home / ".agents" / "skills", Path("skills"), Path(".agents/skills")) if p.is_dir()]


def iter_files(root: Path):
    for p in root.rglob("*"):
        if p.is_symlink() or not p.is_file():
            continue
        if any(part in {"node_modules", ".git", ".venv", "__pycache__"} for part in p.parts):
            continue
        if p.suffix.lower() in TEXT_EXT or p.name == "SKILL.md":
            yield p


def try_b64(s: str) -> str | None:
    try:
        raw = base64.b64decode(s, validate=True)
        txt = raw.decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    return txt if sum(c.isprintable() or c in "\n\t" for c in txt) / max(len(txt), 1) > 0.95 else None


def scan_file(p: Path) -> list[Finding]:
    out: list[Finding] = []
    if p.stat().st_size > MAX_BYTES:
        return out
    text = p.read_text("utf-8", errors="replace")
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):
        for rid, sev, name, rx in RULES:
            if rx.search(line):
                out.append(Finding(rid, sev, name, str(p), i, line.strip()[:200]))
        if HIDDEN.search(line):
            hidden = "".join(chr(ord(c) - 0xE0000) for c in line if 0xE0020 <= ord(c) <= 0xE007E)
            out.append(Finding("SK041", "warn", "hidden-unicode", str(p), i, repr(line[:80]), hidden or None))
        for m in B64_BLOB.finditer(line):
            dec = try_b64(m.group(1))
            if dec and DOWNLOAD_EXEC.search(dec):
                out.append(Finding("SK005", "critical", "encoded-download-exec", str(p), i, m.group(1)[:60] + "…", dec.strip()[:300]))
    if "<!--" in text:
        for m in re.finditer(r"<!--([\s\S]*?)-->", text):
            body = m.group(1)
            if re.search(r"\b(agent|assistant|you must|always|never|do not)\b", body, re.I):
                ln = text[: m.start()].count("\n") + 1
                out.append(Finding("SK042", "warn", "html-comment-instructions", str(p), ln, body.strip()[:200]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    roots = [Path(x) for x in a.paths] or default_roots()
    findings: list[Finding] = []
    for r in roots:
        for f in iter_files(r):
            findings.extend(scan_file(f))
    if a.json:
        print(json.dumps([asdict(f) for f in findings], indent=2))
    else:
        order = {"critical": 0, "warn": 1, "info": 2}
        for f in sorted(findings, key=lambda f: (order[f.severity], f.file, f.line)):
            print(f"[{f.severity.upper():8}] {f.rule} {f.name:26} {f.file}:{f.line}\n           {f.excerpt}")
            if f.decoded:
                print(f"           decoded: {f.decoded}")
        print(f"\n{len(findings)} finding(s) in {len(roots)} root(s).")
    return 1 if any(f.severity == "critical" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
