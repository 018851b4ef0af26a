#!/usr/bin/env python3
"""Static auditor for OpenClaw skills and plugins. Read-only, offline."""
from __future__ import annotations

import argparse
import base64
import binascii
import json
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, asdict

TEXT_EXT = {".md", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".cjs", ".ts", ".ps1", ".rb", ".pl", ".php",
            ".lua", ".go", ".rs", ".json", ".yaml", ".yml", ".toml", ".txt", ""}
MAX_BYTES = 2 * 1024 * 1024

RULES: list[tuple[str, str, re.Pattern]] = [
    ("encoded-shell", "critical", re.compile(r"base64\s+(-d|-D|--decode)\b[^\n|]*\|\s*(ba|z|)sh\b")),
    ("encoded-shell", "critical", re.compile(r"FromBase64String\(.{0,200}\)\s*\)?\s*\|\s*iex|-enc(odedcommand)?\s+[A-Za-z0-9+/=]{40,}", re.I)),
    ("download-exec", "critical", re.compile(r"(curl|wget)\b[^\n|;]*https?://\d{1,3}(\.\d{1,3}){3}[^\n|;]*\|\s*(ba|z|)sh")),
    ("download-exec", "warn", re.compile(r"(curl|wget)\b[^\n|;]*\|\s*(sudo\s+)?(ba|z|)sh\b")),
    ("download-exec", "warn", re.compile(r"\b(iwr|Invoke-WebRequest|irm|Invoke-RestMethod)\b[^\n]*\|\s*iex", re.I)),
    ("credential-path", "warn", re.compile(r"~?/?\.(ssh/(id_[a-z0-9]+|config)|aws/credentials|npmrc|git-credentials|kube/config|docker/config\.json)")),
    ("credential-path", "warn", re.compile(r"openclaw\.json|auth-profiles\.json|\.openclaw/credentials|clawdbot\.json")),
    ("credential-path", "warn", re.compile(r"Login Data|Local Extension Settings|nkbihfbeogaeaoehlefnkodbefgpgknn|exodus\.wallet|keychain", re.I)),
    ("exfil-endpoint", "warn", re.compile(r"webhook\.site|requestbin|pipedream\.net|interact\.sh|oast\.(fun|pro|live|site)|burpcollaborator", re.I)),
    ("exfil-endpoint", "warn", re.compile(r"discord(app)?\.com/api/webhooks/|api\.telegram\.org/bot|pastebin\.com/api|transfer\.sh|hastebin", re.I)),
    ("reverse-shell", "critical", re.compile(r"bash\s+-i\s*>&\s*/dev/tcp/|nc(at)?\s+(-\w+\s+)*-e\s+/bin/(ba)?sh|/bin/sh\s+-i.*\bsocket\b", re.I)),
    ("reverse-shell", "critical", re.compile(r"new\s+net\.Socket\(\)[\s\S]{0,300}spawn\(['\"](/bin/sh|cmd\.exe)")),
    ("prompt-injection", "warn", re.compile(r"ignore (all )?(previous|prior) instructions|do not (tell|inform|mention (this )?to) the user|without asking (the user|for confirmation)", re.I)),
    ("prompt-injection", "critical", re.compile(r"(append|write|add)[^\n]{0,60}(SOUL|MEMORY|AGENTS|USER)\.md", re.I)),
    ("archive-password", "critical", re.compile(r"(extract|unzip|open)[^\n]{0,40}password\s*[:=]?\s*\**\S+", re.I)),
    ("policy-tamper", "critical", re.compile(r"plugins\.allow|installPolicy|security\.[a-zA-Z]+\s*[:=]\s*(false|\"off\")", re.I)),
]

B64_RUN = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
HIDDEN = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


@dataclass
class Finding:
    rule: str
    severity: str
    file: str
    line: int
    excerpt: str


def decoded_views(text: str):
    for m in B64_RUN.finditer(text):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
        except (binascii.Error, ValueError):
            continue
        for enc in ("utf-8", "utf-16-le"):
            try:
                s = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            if sum(c.isprintable() for c in s) > 0.9 * len(s):
                yield m.start(), s
                break


def scan_text(path: str, text: str) -> list[Finding]:
    out: list[Finding] = []
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):
        for rule, sev, rx in RULES:
            if rx.search(line):
                out.append(Finding(rule, sev, path, i, line.strip()[:200]))
        hidden = [c for c in line if c in HIDDEN or 0xE0000 <= ord(c) <= 0xE007F]
        if hidden:
            out.append(Finding("hidden-unicode", "critical", path, i,
                               f"{len(hidden)} hidden char(s): " + ", ".join(sorted({unicodedata.name(c, hex(ord(c))) for c in hidden}))[:200]))
    for pos, s in decoded_views(text):
        ln = text.count("\n", 0, pos) + 1
        for rule, sev, rx in RULES:
            if rx.search(s):
                out.append(Finding(rule + "(decoded)", "critical", path, ln, s.strip()[:200]))
    return out


def scan(root: str) -> list[Finding]:
    found: list[Finding] = []
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in {".git", "node_modules", "__pycache__"}]
        for f in files:
            p = os.path.join(d, f)
            if os.path.splitext(f)[1].lower() not in TEXT_EXT or os.path.islink(p):
                continue
            try:
                if os.path.getsize(p) > MAX_BYTES:
                    continue
                with open(p, encoding="utf-8", errors="replace") as fh:
                    found.extend(scan_text(p, fh.read()))
            except OSError:
                continue
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    results = [f for p in a.paths for f in scan(os.path.expanduser(p))]
    if a.json:
        json.dump([asdict(r) for r in results], sys.stdout, indent=2)
        print()
    else:
        for r in results:
            print(f"{r.severity.upper():8} {r.rule:24} {r.file}:{r.line}  {r.excerpt}")
        print(f"\n{len(results)} finding(s)")
    if any(r.severity == "critical" for r in results):
        return 2
    return 1 if results else 0


if __name__ == "__main__":
    sys.exit(main())
